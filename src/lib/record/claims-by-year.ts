import type { ArchiveRecord, Claim, Entry } from './record.ts';

type YearRecord = Pick<ArchiveRecord, 'quotesOn' | 'quoteDate'>;

/** The years in which a claim is on record, oldest first, each quote placed by its own date or else its source's. */
export function yearsOfClaim(record: YearRecord, claimId: string): string[] {
  const years = new Set<string>();
  for (const quote of record.quotesOn(claimId)) {
    const year = record.quoteDate(quote).date?.iso.slice(0, 4);
    if (year) years.add(year);
  }
  return [...years].sort();
}

/**
 * The claims grouped by the year each is first on record, oldest first, in the order given within
 * each year; claims none of whose quotes is dated (or that no quote speaks to) come last.
 */
export function claimsByFirstYear(
  record: YearRecord,
  claims: Entry<Claim>[],
): { year: string | undefined; claims: Entry<Claim>[] }[] {
  const groups = new Map<string | undefined, Entry<Claim>[]>();
  for (const claim of claims) {
    const year = yearsOfClaim(record, claim.id)[0];
    groups.set(year, [...(groups.get(year) ?? []), claim]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([year, claims]) => ({ year, claims }));
}
