import { z } from 'astro/zod';
import { AliasesSchema } from './aliases';
import { PartialDateSchema } from './partial-date';
import { HttpUrlSchema, TextSchema } from './text';

/** What kind of document a source is. */
export const SOURCE_KINDS = ['news-report', 'speech', 'statement', 'poll', 'report'] as const;

/** A document the record quotes from: one YAML file in `content/sources/`. */
export function SourceSchema() {
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
    /** Who wrote it; omit when the source does not say (unknown is unknown, never a guess). */
    author: TextSchema('author').optional(),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS, {
      error: `kind must be one of: ${SOURCE_KINDS.join(', ')}`,
    }),
    /**
     * File name of a plain-text snapshot of the document in the snapshot folder (never
     * published; `npm run verify` checks quotes against it); omit when there is none.
     */
    snapshot: z
      .string({ error: 'snapshot must be a file name' })
      .regex(/^[\w][\w.-]*\.txt$/, 'snapshot must be a plain file name ending in .txt, with no folder, e.g. "eandt-moral-duty-2021.txt"')
      .optional(),
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
