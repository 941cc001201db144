import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date';
import { TextSchema } from './text';

/** A change to a quote's words, kept so that the archive never changes a quotation silently. */
export function CorrectionSchema() {
  return z.strictObject({
    /** When the correction was made (YYYY-MM-DD). */
    date: PartialDateSchema(),
    /** What changed, e.g. "“acceptible” corrected to “acceptable”". */
    changed: TextSchema('corrections[].changed'),
    /** Why, e.g. "typing error: the source prints “acceptable”". */
    reason: TextSchema('corrections[].reason'),
  });
}

export type Correction = z.output<ReturnType<typeof CorrectionSchema>>;
