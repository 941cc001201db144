import type { Quote } from '../../schemas/quote.ts';
import type { Entry } from './record-types.ts';

/** Quotes that a source printed as a variant (corroborating another source), in the order given. */
export function quotesPrintedBy(quotes: Entry<Quote>[], sourceId: string): Entry<Quote>[] {
  return quotes.filter((q) => q.data.variants.some((v) => v.source.id === sourceId));
}
