import { z } from 'astro/zod';
import { TextSchema } from './text.ts';

/** Why a passage a source prints in quotation marks is not on record as a quote. */
export const LEFT_OUT_REASONS = [
  'headline',
  'caption',
  'fragment',
  'not-about-the-debate',
  'no-speaker',
  'not-a-quotation',
] as const;

/**
 * One passage in quotation marks that a snapshot holds and the record leaves out, with the
 * reason: an entry of `content/left-out.yaml`.
 */
export function LeftOutPassageSchema() {
  return z.strictObject({
    /** The snapshot file the passage stands in, e.g. "cgtn-2021-04-20.txt". */
    snapshot: z
      .string({ error: 'snapshot must be a file name' })
      .regex(/^[\w][\w.-]*\.txt$/, 'snapshot must be a file name ending in .txt'),
    /** The words inside the quotation marks, exactly as the snapshot prints them. */
    passage: TextSchema('passage'),
    /** Why it is left out (see LEFT_OUT_REASONS). */
    reason: z.enum(LEFT_OUT_REASONS, { error: `reason must be one of: ${LEFT_OUT_REASONS.join(', ')}` }),
    /** A sentence saying why, in our own words. */
    note: TextSchema('note'),
  });
}

/** The committed list of passages left out, with their reasons. */
export function LeftOutSchema() {
  return z.strictObject({
    /** Every passage left out, grouped by nothing: one entry each. */
    passages: z.array(LeftOutPassageSchema()),
  });
}

export type LeftOutPassage = z.output<ReturnType<typeof LeftOutPassageSchema>>;
