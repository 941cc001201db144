import { withBase } from '../lib/record/paths.ts';
import type { FacetVocabulary } from '../lib/search/search-vocabulary.ts';
import {
  readSearchState,
  SEARCH_BUNDLE_PATH,
  SEARCH_SORTS,
  searchStateParams,
  type SearchSort,
  type SearchState,
} from '../lib/search/search-url.ts';
import { rankExactQuotesFirst } from './exact-quotes-first.ts';
import { loadWithoutOpeningSearch, searchEngineOf } from './pagefind-internals.ts';
import { offerMoreResults, type ResultsSource } from './more-results.ts';
import { renderResult, type ResultData } from './search-result.ts';

/** The part of Pagefind's Component UI instance this page drives. */
interface PagefindInstance extends ResultsSource {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerLoad(): Promise<void>;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/** How long the URL waits for typing to settle before it records a new history entry. */
const HISTORY_DELAY_MS = 600;

async function startSearch(root: HTMLElement) {
  const vocabulary = JSON.parse(root.dataset.vocabulary ?? '{}') as FacetVocabulary;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const sortNote = root.querySelector<HTMLElement>('[data-search-sort-note]')!;
  const results = root.querySelector<HTMLElement & { resultTemplate?: unknown }>('pagefind-results')!;

  // The Component UI ships with the index it reads, so the two are always the same version.
  await import(/* @vite-ignore */ withBase(`${SEARCH_BUNDLE_PATH}pagefind-component-ui.js`, import.meta.env.BASE_URL));
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  results.resultTemplate = (result: ResultData) => renderResult(result);
  offerMoreResults(instance, results, root.querySelector<HTMLButtonElement>('[data-search-more]')!);

  let sort: SearchSort = 'relevance';
  const currentState = (): SearchState => ({
    term: instance.searchTerm,
    filters: instance.searchFilters,
    sort,
  });
  const show = (state: SearchState) => {
    sort = state.sort;
    sortSelect.value = sort;
    sortNote.hidden = sort === 'relevance';
    instance.searchSort = { ...SEARCH_SORTS[sort] };
    // Copies, because the Component UI edits the filters object it is given.
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [...v]]));
    instance.triggerSearchWithFilters(state.term, filters);
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  instance.on('search', () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const query = searchStateParams(currentState(), vocabulary).toString();
      const search = query ? `?${query}` : '';
      if (search !== location.search) history.pushState(null, '', search || location.pathname);
    }, HISTORY_DELAY_MS);
  });
  sortSelect.addEventListener('change', () => {
    show({ ...currentState(), sort: sortSelect.value as SearchSort });
  });
  window.addEventListener('popstate', () => {
    clearTimeout(pending);
    const state = readSearchState(new URLSearchParams(location.search), vocabulary);
    // The Component UI leaves a focused box alone, but going back must show the words searched then.
    const box = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (box) box.value = state.term;
    show(state);
  });

  // The box is usable while the index loads. Words typed meanwhile are newer than the URL's:
  // searching the URL's instead would show results for words the reader has replaced.
  let typed: string | undefined;
  const noteTyping = (event: Event) => {
    if (event.target instanceof HTMLInputElement && event.target.closest('pagefind-input')) typed = event.target.value;
  };
  root.addEventListener('input', noteTyping);
  root.hidden = false;
  // In faceted mode the Component UI runs an empty search (every page) as soon as Pagefind has
  // loaded. The page's own first search below replaces it, and a reader who arrived with words
  // (the header's search box) would wait behind it: at 10,000 quotes it takes over a second.
  await loadWithoutOpeningSearch(instance, () => instance.triggerLoad());
  root.removeEventListener('input', noteTyping);
  rankExactQuotesFirst(searchEngineOf(instance));
  const linked = readSearchState(new URLSearchParams(location.search), vocabulary);
  show(typed === undefined ? linked : { ...linked, term: typed });
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
