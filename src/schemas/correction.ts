import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';
import { TextSchema } from './text.ts';

/** What a correction changed: the words, the date, the speaker, the source or the outlets that printed them. */
export const CORRECTED_FIELDS = ['text', 'date', 'speaker', 'source', 'outlets'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

/** A change to a published quote, kept so that the archive never changes the record silently. */
export function CorrectionSchema() {
  return z.strictObject({
    /** Which part of the quote changed (see CORRECTED_FIELDS); the words by default. */
    field: z.enum(CORRECTED_FIELDS, { error: `field must be one of: ${CORRECTED_FIELDS.join(', ')}` }).default('text'),
    /** When the correction was made (YYYY-MM-DD). */
    date: PartialDateSchema(),
    /** What changed, e.g. "“acceptible” corrected to “acceptable”". */
    changed: TextSchema('corrections[].changed'),
    /** Why, e.g. "typing error: the source prints “acceptable”". */
    reason: TextSchema('corrections[].reason'),
  });
}

export type Correction = z.output<ReturnType<typeof CorrectionSchema>>;
