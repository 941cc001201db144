import { SEARCH_FILTERS } from './search-entry.ts';
import type { FacetVocabulary } from './search-vocabulary.ts';

/** How results can be ordered, and the Pagefind sort each stands for. */
export const SEARCH_SORTS = {
  relevance: {},
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
} as const satisfies Record<string, Record<string, 'asc' | 'desc'>>;
export type SearchSort = keyof typeof SEARCH_SORTS;

/** What a search page shows: the words typed, the facet values chosen (as labels), the order. */
export interface SearchState {
  term: string;
  filters: Record<string, string[]>;
  sort: SearchSort;
}

function isSort(value: string | null): value is SearchSort {
  return value !== null && Object.hasOwn(SEARCH_SORTS, value);
}

/**
 * Reads `?q=moral+duty&speaker=priti-patel&sort=newest`. Facet values travel as slugs, so that
 * URLs stay short and stable; slugs the archive does not know are dropped.
 */
export function readSearchState(params: URLSearchParams, vocabulary: FacetVocabulary): SearchState {
  const filters: Record<string, string[]> = {};
  for (const filter of SEARCH_FILTERS) {
    const labels = params
      .getAll(filter)
      .map((slug) => vocabulary[filter][slug])
      .filter((label): label is string => label !== undefined);
    if (labels.length > 0) filters[filter] = labels;
  }
  const sort = params.get('sort');
  return { term: params.get('q') ?? '', filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The query string for a search state: the inverse of `readSearchState`. */
export function searchStateParams(state: SearchState, vocabulary: FacetVocabulary): URLSearchParams {
  const params = new URLSearchParams();
  if (state.term) params.set('q', state.term);
  for (const filter of SEARCH_FILTERS) {
    const slugByLabel = new Map(Object.entries(vocabulary[filter]).map(([slug, label]) => [label, slug]));
    for (const label of state.filters[filter] ?? []) {
      const slug = slugByLabel.get(label);
      if (slug !== undefined) params.append(filter, slug);
    }
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Where the Pagefind bundle is written, under the site's base path. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';

/** Query parameter that carries the searched words to a result page, to highlight them there. */
export const HIGHLIGHT_PARAM = 'highlight';
