import { z } from 'astro/zod';

const HASH = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a hash must be 64 hex digits: restore the file from git, or run `npm run record`');

/**
 * `content/quote-hashes.json`: for each quote id, what was recorded of its published facts when
 * it was last recorded. Written by `npm run record`; the build compares each quote with it.
 * A fact missing from an entry (written before it was recorded) is not compared until recorded.
 */
export function QuoteHashesSchema() {
  return z.record(
    z.string(),
    z
      .strictObject({
        /** SHA-256 of the quote's words, in hex. */
        text: HASH.optional(),
        /** The same, under the name the first form of the file gave it. */
        hash: HASH.optional(),
        /** The quote's own date as `iso/precision` (e.g. `2021-04-19/day`); null when it has none. */
        date: z
          .string()
          .regex(/^\d{4}(-\d{2}){0,2}\/(year|month|day)$/, 'date must be written YYYY[-MM[-DD]]/precision')
          .nullable()
          .optional(),
        /** The speaker's id, followed by ` for <id>` when the quote names whom they spoke for. */
        speaker: z.string().optional(),
        /** The id of the source the words are taken from. */
        source: z.string().optional(),
        /** Each other source that printed the words (variants), with a SHA-256 of its wording. */
        outlets: z.record(z.string(), HASH).optional(),
        /** How many corrections the quote had when it was recorded. */
        corrections: z.number().int().nonnegative(),
        /** For a withdrawn quote, the date of its withdrawal (YYYY[-MM[-DD]]). */
        withdrawn: z
          .string()
          .regex(/^\d{4}(-\d{2}){0,2}$/, 'withdrawn must be a date written YYYY[-MM[-DD]]')
          .optional(),
      })
      .transform(({ hash, text, ...rest }) => ({ text: text ?? hash, ...rest })),
  );
}
