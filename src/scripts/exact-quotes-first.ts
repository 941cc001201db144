import { promoteExactPhrase } from '../lib/search/exact-phrase.ts';
import { PAGE_KINDS } from '../lib/search/search-entry.ts';
import type { PagefindEngine } from './pagefind-internals.ts';

/**
 * Makes the engine put exact-phrase matches, quotations first, at the top of relevance-ranked
 * results. Date-sorted results keep their order.
 */
export function rankExactQuotesFirst(engine: PagefindEngine): void {
  const search = engine.search.bind(engine);
  engine.search = async (term, options) => {
    const response = await search(term, options);
    if (!term || Object.keys(options?.sort ?? {}).length > 0) return response;
    const results = await promoteExactPhrase(response.results, term, (meta) => meta.kind === PAGE_KINDS.quote);
    return { ...response, results };
  };
}
