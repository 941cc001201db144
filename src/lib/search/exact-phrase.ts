/** A search result as Pagefind returns it: its full data is loaded on demand. */
export interface RankedResult {
  /** Pagefind's id for the page, the same in every search. */
  id: string;
  data(): Promise<{ content: string; meta: Record<string, string | undefined> }>;
}

/**
 * Text reduced to its words, lower-cased, so that "[e2e] encryption is" is found in
 * "…to abuse. [e2e] encryption is already…" whatever the punctuation and spacing.
 */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a search is for more than one word, and so for a phrase. */
export function isPhrase(term: string): boolean {
  return phraseKey(term).includes(' ');
}

/** How many of the best results are read to look for the exact phrase. */
const PHRASE_DEPTH = 20;

/**
 * Puts first the results that contain the searched words as one exact phrase, quotations before
 * other pages, keeping Pagefind's order within each group. Pagefind ranks words, not phrases, so
 * without this five words of a quotation can rank a claim that paraphrases it above the quotation.
 *
 * A result's words are read only if `mayHold` says it may hold the phrase: Pagefind's own exact
 * search tells that from its index, where reading the words takes a request per result. A hint
 * that rules out every one of the best results is not taken: Pagefind's index gives a dash
 * standing between two words a place of its own, so its exact search misses a phrase across one
 * ("offences – 52 per"), and then all of them are read.
 */
export async function promoteExactPhrase<R extends RankedResult>(
  results: R[],
  term: string,
  isQuotation: (meta: Record<string, string | undefined>) => boolean,
  mayHold: (result: R) => boolean = () => true,
): Promise<R[]> {
  const phrase = phraseKey(term);
  if (!isPhrase(term)) return results;
  const head = results.slice(0, PHRASE_DEPTH);
  const hinted = head.some(mayHold);
  const rank = await Promise.all(
    head.map(async (result) => {
      if (hinted && !mayHold(result)) return 2;
      const { content, meta } = await result.data();
      if (!` ${phraseKey(content)} `.includes(` ${phrase} `)) return 2;
      return isQuotation(meta) ? 0 : 1;
    }),
  );
  const order = head.map((result, i) => ({ result, rank: rank[i], i }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return [...order.map((o) => o.result), ...results.slice(PHRASE_DEPTH)];
}
