import type { PartialDate } from '../../schemas/partial-date.ts';
import { formatPartialDate } from '../wording/format-date.ts';
import type { ArchiveRecord, Entry, Quote, RecordEvent, Source } from './record.ts';

/** One thing on the timeline, with the date it is placed by. */
export type TimelineItem =
  | { kind: 'event'; entry: Entry<RecordEvent>; date: PartialDate | undefined }
  | { kind: 'source'; entry: Entry<Source>; date: PartialDate | undefined }
  /** `fromSource`: the quote has no date of its own and is placed by its source's. */
  | { kind: 'quote'; entry: Entry<Quote>; date: PartialDate | undefined; fromSource: boolean };

/** A month of a year, or the part of a year whose month is not known (`month` undefined). */
export interface TimelineMonth {
  month: string | undefined;
  label: string;
  items: TimelineItem[];
}

export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
}

/** The record in date order: years, then months, oldest first; undated items at the end. */
export interface Timeline {
  years: TimelineYear[];
  undated: TimelineItem[];
}

/** On one date, the occasion comes first, then the document, then the words. */
const KIND_ORDER: TimelineItem['kind'][] = ['event', 'source', 'quote'];

function compareItems(a: TimelineItem, b: TimelineItem): number {
  // "2021-04" sorts before "2021-04-19": what is known only to the month heads its month.
  return (
    (a.date?.iso ?? '').localeCompare(b.date?.iso ?? '') ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.entry.id.localeCompare(b.entry.id)
  );
}

/** Every event, source and quote of the record, placed by date no more precisely than known. */
export function buildTimeline(record: Pick<ArchiveRecord, 'events' | 'sources' | 'quotes' | 'quoteDate'>): Timeline {
  const items: TimelineItem[] = [
    ...record.events.map((entry) => ({ kind: 'event' as const, entry, date: entry.data.date })),
    ...record.sources.map((entry) => ({ kind: 'source' as const, entry, date: entry.data.published })),
    ...record.quotes.map((entry) => ({ kind: 'quote' as const, entry, ...record.quoteDate(entry) })),
  ].sort(compareItems);

  const years: TimelineYear[] = [];
  for (const item of items) {
    if (!item.date) continue;
    const [year, month] = item.date.iso.split('-');
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.month !== month) {
      const label = month
        ? formatPartialDate({ iso: `${year}-${month}`, precision: 'month' })
        : `${year}, month not known`;
      y.months.push((m = { month, label, items: [] }));
    }
    m.items.push(item);
  }
  return { years, undated: items.filter((item) => !item.date) };
}
