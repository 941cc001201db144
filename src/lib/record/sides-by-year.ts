import { STANCES, type Stance } from '../../schemas/quote.ts';
import type { ArchiveRecord, Entry, Quote, Stakeholder } from './record.ts';

/** A party on one side of a claim in one year, with the quotes that put it there. */
export interface PartyOnSide {
  stakeholder: Entry<Stakeholder>;
  quotes: Entry<Quote>[];
  /** Every one of those quotes is dated only by its source: the words may be older. */
  onlyBySource: boolean;
}

/** Who took each stance on a claim in one year. */
export interface YearOfSides {
  /** "2021"; undefined for quotes whose date is not known at all. */
  year: string | undefined;
  sides: { stance: Stance; parties: PartyOnSide[] }[];
}

/**
 * Who was on which side of a claim in each year, oldest first, quotes of unknown date last. A
 * quote counts in the year of its own date, else of its source's (and says so); a party whose
 * words that year differ is on each side it took. Findings are evidence, not sides: only the
 * record's stances (the quotes of parties) are read.
 */
export function sidesByYear(record: Pick<ArchiveRecord, 'stancesOn' | 'quoteDate'>, claimId: string): YearOfSides[] {
  const years = new Map<string | undefined, Map<Stance, Map<string, PartyOnSide>>>();
  for (const { stakeholder, quotes } of record.stancesOn(claimId)) {
    for (const { quote, stance } of quotes) {
      const { date, fromSource } = record.quoteDate(quote);
      const year = date?.iso.slice(0, 4);
      const sides = years.get(year) ?? years.set(year, new Map()).get(year)!;
      const parties = sides.get(stance) ?? sides.set(stance, new Map()).get(stance)!;
      const party = parties.get(stakeholder.id) ?? { stakeholder, quotes: [], onlyBySource: true };
      party.quotes.push(quote);
      party.onlyBySource &&= fromSource && date !== undefined;
      parties.set(stakeholder.id, party);
    }
  }
  return [...years]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([year, sides]) => ({
      year,
      sides: STANCES.filter((stance) => sides.has(stance)).map((stance) => ({
        stance,
        parties: [...sides.get(stance)!.values()].sort((a, b) =>
          a.stakeholder.data.name.localeCompare(b.stakeholder.data.name),
        ),
      })),
    }));
}
