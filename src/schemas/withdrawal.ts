import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';
import type { ReferenceFactory } from './reference.ts';
import { TextSchema } from './text.ts';

/**
 * A published quote taken off the record: recorded twice, not what the source prints, not the
 * speaker's words after all. Its page and citation files stay at their permanent URLs with this
 * notice, since people may have cited them; everything else (lists, positions, search, feeds'
 * quotes, open data) leaves it out.
 */
export function WithdrawalSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** When it was withdrawn (YYYY-MM-DD). */
    date: PartialDateSchema(),
    /** Why, for the reader who cited it, e.g. "recorded twice: the same words are on record as …". */
    reason: TextSchema('withdrawn.reason'),
    /** The quote on record that a reader should cite instead, when there is one (a quote id). */
    replacedBy: reference('quotes').optional(),
  });
}

export type Withdrawal = z.output<ReturnType<typeof WithdrawalSchema>>;
