import type { Quote } from '../../schemas/quote.ts';
import type { Entry } from './record-types.ts';

/**
 * The quotes on record and the withdrawn ones, each in the order given: the one place that says
 * which is which. A withdrawn quote keeps its page; nothing else counts it (CONTRIBUTING,
 * "Withdraw a quote").
 */
export function withdrawnApart<Q extends Entry<Quote>>(quotes: Q[]): { onRecord: Q[]; withdrawn: Q[] } {
  const onRecord: Q[] = [];
  const withdrawn: Q[] = [];
  for (const quote of quotes) (quote.data.withdrawn ? withdrawn : onRecord).push(quote);
  return { onRecord, withdrawn };
}
