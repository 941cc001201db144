import type { Correction } from '../../schemas/correction.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { Entry } from './record-types.ts';

/** One correction, with the quote it was made to and its place among that quote's corrections. */
export interface QuoteCorrection {
  quote: Entry<Quote>;
  correction: Correction;
  /** Its index in the quote's `corrections` (oldest first), which names its anchor on the page. */
  index: number;
}

/** Every correction made to any quote, newest first (then by quote id, for a stable order). */
export function listCorrections(quotes: Entry<Quote>[]): QuoteCorrection[] {
  return quotes
    .flatMap((quote) => quote.data.corrections.map((correction, index) => ({ quote, correction, index })))
    .sort((a, b) => b.correction.date.iso.localeCompare(a.correction.date.iso) || a.quote.id.localeCompare(b.quote.id));
}
