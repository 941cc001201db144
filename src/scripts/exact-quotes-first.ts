import { isPhrase, promoteExactPhrase } from '../lib/search/exact-phrase.ts';
import { PAGE_KINDS } from '../lib/search/search-entry.ts';
import type { PagefindEngine } from './pagefind-internals.ts';

/**
 * Makes the engine put exact-phrase matches, quotations first, at the top of relevance-ranked
 * results. Date-sorted results keep their order.
 *
 * Pagefind's exact search (the words in double quotes) finds from its index alone which pages
 * hold the words as a phrase, so only those of the best results are read to be sure and to tell
 * quotations from other pages: reading all twenty took a request each, some 150 ms at 5,000
 * quotes before the first result could show (BENCHMARKS.md, sixth round).
 */
export function rankExactQuotesFirst(engine: PagefindEngine): void {
  const search = engine.search.bind(engine);
  engine.search = async (term, options) => {
    if (!term || Object.keys(options?.sort ?? {}).length > 0 || !isPhrase(term)) return search(term, options);
    const [response, exact] = await Promise.all([
      search(term, options),
      search(`"${term.replaceAll('"', '')}"`, options),
    ]);
    const holding = new Set(exact.results.map((result) => result.id));
    const results = await promoteExactPhrase(
      response.results,
      term,
      (meta) => meta.kind === PAGE_KINDS.quote,
      (result) => holding.has(result.id),
    );
    return { ...response, results };
  };
}
