import type { Source } from '../../schemas/source.ts';
import type { Entry } from './record-types.ts';

/**
 * A source's standing as evidence of what was said, in plain words, and the order pages group
 * sources in: the speaker's own text first, then reports nearest the event, then copies and
 * background.
 */
export const STANDING_GROUPS = [
  { key: 'primary', label: 'primary source' },
  { key: 'report-before', label: 'report written before the event' },
  { key: 'report-after', label: 'report written after the event' },
  { key: 'report', label: 'report (before or after the event not known)' },
  { key: 'agency-copy', label: 'press-agency copy' },
  { key: 'republished-before', label: 'republished copies of texts written before the event' },
  { key: 'republished-after', label: 'republished copies of texts written after the event' },
  { key: 'republished', label: 'republished copies (before or after the event not known)' },
  { key: 'background', label: 'background: an earlier report' },
  { key: 'unassessed', label: 'standing not yet assessed' },
] as const;
export type StandingKey = (typeof STANDING_GROUPS)[number]['key'];

/** Which of STANDING_GROUPS a source belongs to. */
export function standingOf(source: Pick<Source, 'standing' | 'written'>): StandingKey {
  const when = source.written === 'before-event' ? '-before' : source.written === 'after-event' ? '-after' : '';
  switch (source.standing) {
    case 'report':
      return `report${when}`;
    case 'republished-copy':
      return `republished${when}`;
    case undefined:
      return 'unassessed';
    default:
      return source.standing;
  }
}

/**
 * A source's standing in plain words, e.g. "report written before the event". A republished copy
 * says what it copies: a copy of a speaker's own statement or letter is no report and must not
 * read as one ("republished copy of a statement"); only a copied report says whether it was
 * written before or after the event, as a report does.
 */
export function standingLabel(source: Pick<Source, 'standing' | 'written' | 'kind'>): string {
  const label = (key: string) => STANDING_GROUPS.find((g) => g.key === key)!.label;
  const key = standingOf(source);
  if (source.standing !== 'republished-copy') return label(key);
  return source.kind === 'news-report'
    ? `republished copy of a ${label(key.replace('republished', 'report'))}`
    : `republished copy of a ${source.kind.replace(/-/g, ' ')}`;
}

/**
 * Whether a source gives a party's own text: a primary source, or a republished copy of anything
 * but a news report (a statement, letter, speech or transcript copied by another site), which is
 * the only way some texts are held.
 */
export function isPrimaryText(source: Pick<Source, 'standing' | 'kind'>): boolean {
  return source.standing === 'primary' || (source.standing === 'republished-copy' && source.kind !== 'news-report');
}

/** Sources grouped by standing, in the order of STANDING_GROUPS, each with a heading; empty groups left out. */
export function groupByStanding<S extends Entry<Pick<Source, 'standing' | 'written'>>>(
  sources: S[],
): { key: StandingKey; label: string; heading: string; sources: S[] }[] {
  return STANDING_GROUPS.map((g) => ({
    ...g,
    heading: g.label[0].toUpperCase() + g.label.slice(1),
    sources: sources.filter((s) => standingOf(s.data) === g.key),
  })).filter((g) => g.sources.length > 0);
}

/** Where a source's date comes from, in words; undefined when it is printed on the page. */
export function dateBasisLabel(source: Pick<Source, 'publishedFrom' | 'publishedFromWords'>): string | undefined {
  switch (source.publishedFrom) {
    case 'address':
      return 'date in the page’s address';
    case 'text':
      return source.publishedFromWords ? `date from the text: “${source.publishedFromWords}”` : 'date from the text';
    default:
      return undefined;
  }
}
