import type { Correction } from '../schemas/correction';
import type { Quote } from '../schemas/quote';
import type { Entry } from './record-types';

/** One correction, with the quote it was made to. */
export interface QuoteCorrection {
  quote: Entry<Quote>;
  correction: Correction;
}

/** Every correction made to any quote, newest first (then by quote id, for a stable order). */
export function listCorrections(quotes: Entry<Quote>[]): QuoteCorrection[] {
  return quotes
    .flatMap((quote) => quote.data.corrections.map((correction) => ({ quote, correction })))
    .sort((a, b) => b.correction.date.iso.localeCompare(a.correction.date.iso) || a.quote.id.localeCompare(b.quote.id));
}
