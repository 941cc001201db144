import { z } from 'astro/zod';
import { AliasesSchema } from './aliases.ts';
import { PartialDateSchema } from './partial-date.ts';
import type { ReferenceFactory } from './reference.ts';
import { SnapshotSchema } from './snapshot.ts';
import { citableWhole, commaInNameMessage, HttpUrlSchema, TextSchema } from './text.ts';

/** What kind of document a source is: an open letter is a `letter`, a parliamentary record a `transcript`, a campaign's or publication's own page a `web-page`. */
export const SOURCE_KINDS = [
  'news-report',
  'speech',
  'statement',
  'poll',
  'report',
  'letter',
  'transcript',
  'web-page',
] as const;

/**
 * Where a source stands as evidence of what was said: the speaker's own text, a report of it, an
 * agency's copy carried by an outlet, a copy republished by another site, or an earlier report
 * that gives the background (figures first published before the event).
 */
export const SOURCE_STANDINGS = ['primary', 'report', 'agency-copy', 'republished-copy', 'background'] as const;
export type SourceStanding = (typeof SOURCE_STANDINGS)[number];

/** Whether a source was written before the event it reports, or after it. */
export const SOURCE_TIMINGS = ['before-event', 'after-event'] as const;
export type SourceTiming = (typeof SOURCE_TIMINGS)[number];

/** Where a source's date comes from: printed on the page, read from its address, or from its text. */
export const DATE_BASES = ['printed', 'address', 'text'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** A copy of the source's text on another site, when the text was read there. */
export function ReadFromSchema() {
  return z.strictObject({
    /** The site the text was read from, e.g. "London Daily (londondaily.com)". */
    publication: TextSchema('readFrom.publication'),
    /** The address of that copy. */
    url: HttpUrlSchema,
  });
}

/** A document the record quotes from: one YAML file in `content/sources/`. */
export function SourceSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** The document's title as printed; omit it when the sources do not give it. */
    title: TextSchema('title').optional(),
    /** The outlet or body that published it, e.g. "E&T (Engineering & Technology)". */
    publication: TextSchema('publication'),
    /** Who publishes the outlet, when that is worth saying, e.g. "the IET". */
    publisher: TextSchema('publisher').optional(),
    /** Where it can be read; omit when not known. */
    url: HttpUrlSchema.optional(),
    /** When it was published, to the precision known; omit when not known. */
    published: PartialDateSchema().optional(),
    /**
     * Where `published` comes from: `printed` on the page, read from its `address`, or from its
     * `text` (e.g. "today" in a report of a dated event); omit when it is printed.
     */
    publishedFrom: z.enum(DATE_BASES, { error: `publishedFrom must be one of: ${DATE_BASES.join(', ')}` }).optional(),
    /**
     * When `publishedFrom` is `text`: the words the date is read from, copied from the source,
     * e.g. "later today"; omit otherwise.
     */
    publishedFromWords: TextSchema('publishedFromWords').optional(),
    /** The date a web archive gives its copy (not a date the page prints); omit when none. */
    archived: PartialDateSchema().optional(),
    /** Who wrote it; omit when the source does not say (unknown is unknown, never a guess). */
    author: TextSchema('author').refine(citableWhole, { message: commaInNameMessage() }).optional(),
    /** An agency credit as printed, e.g. "By Press Association" or "(dpa/NAN)"; omit when none. */
    credit: TextSchema('credit').optional(),
    /** Where the source stands as evidence (see SOURCE_STANDINGS); omit when not yet assessed. */
    standing: z.enum(SOURCE_STANDINGS, { error: `standing must be one of: ${SOURCE_STANDINGS.join(', ')}` }).optional(),
    /** Whether it was written before or after the event it reports; omit when not known. */
    written: z.enum(SOURCE_TIMINGS, { error: `written must be one of: ${SOURCE_TIMINGS.join(', ')}` }).optional(),
    /** The event the source reports or gives the background to; omit when none. */
    event: reference('events').optional(),
    /** The copy the text was read from, when it was not read on the outlet's own site. */
    readFrom: ReadFromSchema().optional(),
    /** What a reader should know about this source in a sentence or two, in our own words. */
    note: TextSchema('note').optional(),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS, {
      error: `kind must be one of: ${SOURCE_KINDS.join(', ')}`,
    }),
    /** The plain-text copy quotes are checked against (see SnapshotSchema); omit when there is none. */
    snapshot: SnapshotSchema().optional(),
    /** Language of the document, as a BCP 47 tag; defaults to English. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a tag such as "en" or "en-GB"')
      .default('en'),
    /** Former ids of this entry, whose URLs redirect here (see AliasesSchema). */
    aliases: AliasesSchema(),
  });
}

export type Source = z.output<ReturnType<typeof SourceSchema>>;
