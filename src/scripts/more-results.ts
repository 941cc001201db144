import { reannounceResults } from './pagefind-internals.ts';

/**
 * How many results the list shows at first, and how many more each "More results" adds. Pagefind's
 * results list otherwise lays out a placeholder for every match: at 10,000 quotes a common word
 * matches thousands of pages, and the page froze for seconds before the first result showed.
 */
export const RESULTS_STEP = 50;

/** The part of Pagefind's Component UI instance the button drives. */
export interface ResultsSource {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, string>;
  searchResult?: { results: unknown[] };
  on(event: 'search', callback: () => void): void;
  on(event: 'results', callback: (response: { results: unknown[] }) => void): void;
}

/**
 * Caps the results list at `RESULTS_STEP` and offers the rest a step at a time. A new search
 * (other words, filters or order) starts again from the first step.
 */
export function offerMoreResults(
  instance: ResultsSource,
  list: HTMLElement & { maxResults?: number },
  more: HTMLButtonElement,
): void {
  const searchKey = () => JSON.stringify([instance.searchTerm, instance.searchFilters, instance.searchSort]);
  let shownFor = searchKey();
  list.maxResults = RESULTS_STEP;
  instance.on('search', () => {
    if (searchKey() === shownFor) return;
    shownFor = searchKey();
    list.maxResults = RESULTS_STEP;
  });
  instance.on('results', (response) => {
    more.hidden = response.results.length <= (list.maxResults ?? 0);
  });
  more.addEventListener('click', () => {
    if (!instance.searchResult) return;
    list.maxResults = (list.maxResults ?? 0) + RESULTS_STEP;
    // The Component UI has no public way to show more of the results it holds.
    reannounceResults(instance);
  });
}
