import { createHash } from 'node:crypto';
import type { ContentProblem } from './curator-error';
import type { Quote } from '../schemas/quote';
import type { Entry } from './record-types';

/** The committed record of each quote's words, at the top of the content folder. */
export const QUOTE_HASHES_FILE = 'quote-hashes.json';

/** What was recorded of one quote: a hash of its words, and how many corrections it had then. */
export interface RecordedQuote {
  hash: string;
  corrections: number;
}

/** Recorded quotes by id. */
export type QuoteHashes = Record<string, RecordedQuote>;

/** A fingerprint of a quote's words, exactly as written (any change of character changes it). */
export function hashQuoteText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const HOW_TO_FIX =
  'add an entry under corrections: in this file (date, changed: what changed, reason: why), then run `npm run record` to record the new words';

/**
 * Quotes whose words differ from the recorded ones with no correction added since. A quote
 * that is not recorded yet is new, and passes; `npm run record` records it.
 */
export function findUncorrectedChanges(quotes: Entry<Quote>[], recorded: QuoteHashes): ContentProblem[] {
  return quotes
    .filter((q) => {
      const before = recorded[q.id];
      return before && before.hash !== hashQuoteText(q.data.text) && q.data.corrections.length <= before.corrections;
    })
    .map((q) => ({
      file: q.filePath ?? `content/quotes/${q.id}.yaml`,
      field: 'text',
      message: `the words of this quote changed since they were recorded (${QUOTE_HASHES_FILE}), and no correction says so: ${HOW_TO_FIX}`,
    }));
}

/** The record brought up to date with the quotes as they stand, sorted by id. */
export function recordQuoteHashes(quotes: Entry<Quote>[]): QuoteHashes {
  return Object.fromEntries(
    [...quotes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((q) => [q.id, { hash: hashQuoteText(q.data.text), corrections: q.data.corrections.length }]),
  );
}
