import { stringify } from 'csv-stringify/sync';
import { schemaDocs } from './export-schema.ts';
import { absoluteUrl, paths } from '../record/paths.ts';
import type { ArchiveRecord, Entry, Quote } from '../record/record.ts';

type CsvRecord = Pick<ArchiveRecord, 'quotes' | 'stakeholder' | 'quoteDate' | 'quoteRole' | 'event'>;

/** One column of `/data/quotes.csv`: its header, what it holds, and how to read it off a quote. */
export interface CsvColumn {
  name: string;
  meaning: string;
  value: (quote: Entry<Quote>, record: CsvRecord, site: string, base: string) => string;
}

const quoteField = (field: string) => schemaDocs.QuoteSchema.fields[field];

/** The columns, in order; their meanings are documented on `/about/data/` from this list. */
export const QUOTE_COLUMNS: CsvColumn[] = [
  { name: 'id', meaning: 'Permanent id of the quote: the last part of its address.', value: (q) => q.id },
  {
    name: 'permalink',
    meaning: 'Permanent address of the quote’s page in the archive.',
    value: (q, _r, site, base) => absoluteUrl(paths.quote(q.id), site, base),
  },
  { name: 'text', meaning: quoteField('text'), value: (q) => q.data.text },
  { name: 'speaker', meaning: quoteField('speaker'), value: (q) => q.data.speaker.id },
  {
    name: 'speaker_name',
    meaning: 'The speaker’s name, as the archive gives it.',
    value: (q, r) => r.stakeholder(q.data.speaker.id).data.name,
  },
  {
    name: 'speaker_role',
    meaning:
      'The speaker’s role when the words were given, as the pages show it: the quote’s own role, else the one the speaker held through all their words on record; empty when not known.',
    value: (q, r) => r.quoteRole(q) ?? '',
  },
  { name: 'on_behalf_of', meaning: quoteField('onBehalfOf'), value: (q) => q.data.onBehalfOf?.id ?? '' },
  { name: 'source', meaning: quoteField('source'), value: (q) => q.data.source.id },
  { name: 'paragraph', meaning: quoteField('paragraph'), value: (q) => String(q.data.paragraph) },
  {
    name: 'date',
    meaning:
      'The date the archive gives the words: their own, or else their source’s (see date_from_source); YYYY, YYYY-MM or YYYY-MM-DD, never more precise than known; empty when not known.',
    value: (q, r) => r.quoteDate(q).date?.iso ?? '',
  },
  {
    name: 'date_precision',
    meaning: 'How much of the date is known: year, month or day.',
    value: (q, r) => r.quoteDate(q).date?.precision ?? '',
  },
  {
    name: 'date_from_source',
    meaning: '“yes” when the words have no date of their own and `date` is the date of their source.',
    value: (q, r) => (r.quoteDate(q).fromSource ? 'yes' : 'no'),
  },
  { name: 'delivery', meaning: quoteField('delivery'), value: (q) => q.data.delivery },
  { name: 'event', meaning: quoteField('event'), value: (q) => q.data.event?.id ?? '' },
  {
    name: 'event_name',
    meaning: 'The event’s name, as the archive gives it; empty when the words belong to no event.',
    value: (q, r) => (q.data.event ? r.event(q.data.event.id).data.name : ''),
  },
  {
    name: 'claims',
    meaning:
      'The claims the quote speaks to, each written claim-id:stance (supports, disputes or qualifies), separated by “; ”.',
    value: (q) => q.data.claims.map((c) => `${c.claim.id}:${c.stance}`).join('; '),
  },
  { name: 'context', meaning: quoteField('context'), value: (q) => q.data.context ?? '' },
];

/** Every quote as a CSV row (RFC 4180 quoting, UTF-8), newest first as on the site. */
export function buildQuotesCsv(record: CsvRecord, site: string, base: string): string {
  return stringify(
    record.quotes.map((quote) => QUOTE_COLUMNS.map((c) => c.value(quote, record, site, base))),
    { header: true, columns: QUOTE_COLUMNS.map((c) => c.name), record_delimiter: 'windows' },
  );
}
