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
import {
  loadWithoutOpeningSearch,
  pagefindOptionsOf,
  searchEngineOf,
  type PagefindEngine,
} from './pagefind-internals.ts';
import { offerMoreResults, type ResultsSource } from './more-results.ts';
import { resultsBeforeCounts } from './results-before-counts.ts';
import { searchAhead } from './search-ahead.ts';
import { renderResult, type ResultData } from './search-result.ts';
import { showResultsWhole, useQuietPlaceholder } from './results-shown-whole.ts';

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

/** The widths at which the filters stand above the results (search.css lays them out so). */
const FILTERS_ABOVE_RESULTS = '(max-width: 44rem)';

/** Applies a stylesheet, resolving once it has loaded (or failed: the search works unstyled). */
function loadStylesheet(url: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = url;
  const settled = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return settled;
}

/** The search box an input event came from, if it came from the search box. */
function searchBoxOf(event: Event): HTMLInputElement | undefined {
  const target = event.target;
  return target instanceof HTMLInputElement && target.closest('pagefind-input') ? target : undefined;
}

async function startSearch(root: HTMLElement) {
  const vocabulary = JSON.parse(root.dataset.vocabulary ?? '{}') as FacetVocabulary;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const sortNote = root.querySelector<HTMLElement>('[data-search-sort-note]')!;
  const results = root.querySelector<HTMLElement & { resultTemplate?: unknown }>('pagefind-results')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const linked = readSearchState(new URLSearchParams(location.search), vocabulary);

  // On a phone the filters stand above the results and would fill the first screen, pushing the
  // results down as they arrive: they start closed there, their heading saying how many are
  // chosen. Closed now, while still empty, nothing moves.
  if (matchMedia(FILTERS_ABOVE_RESULTS).matches) filters.open = false;
  // Their counts change once the first search's are in: until then they are laid out unseen, so
  // that none of them jumps on the reader's screen.
  filters.dataset.settling = '';

  // The Component UI ships with the index it reads, so the two are always the same version. Its
  // elements stay empty until its script defines them, which waits for their stylesheet.
  const bundle = (file: string) => withBase(`${SEARCH_BUNDLE_PATH}${file}`, import.meta.env.BASE_URL);
  useQuietPlaceholder(results);
  await loadStylesheet(bundle('pagefind-component-ui.css'));
  await import(/* @vite-ignore */ bundle('pagefind-component-ui.js'));
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  results.resultTemplate = (result: ResultData) => renderResult(result);
  offerMoreResults(instance, results, root.querySelector<HTMLButtonElement>('[data-search-more]')!);
  showResultsWhole(instance, results);
  const chosenCount = filters.querySelector<HTMLElement>('[data-search-filters-chosen]')!;
  instance.on('search', () => {
    const chosen = Object.values(instance.searchFilters).reduce((sum, values) => sum + values.length, 0);
    chosenCount.textContent = chosen > 0 ? ` (${chosen} chosen)` : '';
  });

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
    const box = searchBoxOf(event);
    if (box) typed = box.value;
  };
  root.addEventListener('input', noteTyping);
  // The instance that finds results before the filters are counted (results-before-counts.ts),
  // loading beside the Component UI's. Imported under an address of its own, the module is a
  // second copy, which gives its instances a worker of their own: Pagefind runs every instance of
  // one module in one worker, where a search would wait behind the last count.
  const finding = import(/* @vite-ignore */ bundle('pagefind.js?results-first')).then(
    (pagefind: { createInstance(options: object): PagefindEngine }) =>
      pagefind.createInstance(pagefindOptionsOf(instance)),
  );
  // In faceted mode the Component UI runs an empty search (every page) as soon as Pagefind has
  // loaded. The page's own first search below replaces it, and a reader who arrived with words
  // (the header's search box) would wait behind it: at 10,000 quotes it takes over a second.
  await loadWithoutOpeningSearch(instance, () => instance.triggerLoad());
  root.removeEventListener('input', noteTyping);
  const finder = await finding;
  rankExactQuotesFirst(finder);
  // While the box waits for typing to settle, the finder already searches for the words typed
  // (search-ahead.ts), and loads the parts of the index they need, as Pagefind's own search
  // interface does, even while an earlier search still runs. At 10,000 quotes the pause and the
  // search that follows it took about as long each (BENCHMARKS.md, sixth and seventh rounds).
  const ahead = searchAhead(finder);
  root.addEventListener('input', (event) => {
    const box = searchBoxOf(event);
    if (!box?.value.trim()) return;
    const options = { filters: instance.searchFilters, sort: instance.searchSort };
    finder.preload(box.value, options).catch(() => {});
    ahead.begin(box.value, options);
  });
  resultsBeforeCounts(instance, searchEngineOf(instance), ahead, {
    counting: () => filters.setAttribute('aria-busy', 'true'),
    // Until the first search's counts are in, the filters are laid out unseen (above).
    counted: () => {
      filters.removeAttribute('aria-busy');
      delete filters.dataset.settling;
    },
  });
  show(typed === undefined ? linked : { ...linked, term: typed });
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
