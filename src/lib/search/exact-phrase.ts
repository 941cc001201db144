/** A search result as Pagefind returns it: its full data is loaded on demand. */
export interface RankedResult {
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

/** How many of the best results are read to look for the exact phrase. */
const PHRASE_DEPTH = 20;

/**
 * Puts first the results that contain the searched words as one exact phrase, quotations before
 * other pages, keeping Pagefind's order within each group. Pagefind ranks words, not phrases, so
 * without this five words of a quotation can rank a claim that paraphrases it above the quotation.
 */
export async function promoteExactPhrase<R extends RankedResult>(
  results: R[],
  term: string,
  isQuotation: (meta: Record<string, string | undefined>) => boolean,
): Promise<R[]> {
  const phrase = phraseKey(term);
  if (!phrase.includes(' ')) return results;
  const head = results.slice(0, PHRASE_DEPTH);
  const rank = await Promise.all(
    head.map(async (result) => {
      const { content, meta } = await result.data();
      if (!` ${phraseKey(content)} `.includes(` ${phrase} `)) return 2;
      return isQuotation(meta) ? 0 : 1;
    }),
  );
  const order = head.map((result, i) => ({ result, rank: rank[i], i }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return [...order.map((o) => o.result), ...results.slice(PHRASE_DEPTH)];
}
