import type { RankedResult } from '../lib/search/exact-phrase.ts';

/**
 * Every private member of Pagefind's Component UI that the search page uses, in one place.
 *
 * The public API (`<pagefind-*>` elements, `triggerSearchWithFilters`, `on('search' | 'results')`)
 * has no hook for three things the archive needs:
 * - re-ranking results so that an exact phrase of a quotation comes first (`__pagefind__`, the
 *   loaded search API, whose `search` is wrapped);
 * - showing more of the results already found, 50 at a time (`__dispatch__('results', …)`,
 *   which re-announces them to the list);
 * - skipping the empty search that faceted mode runs on load (`faceted`), which at 10,000 quotes
 *   delays a reader's own first search by over a second;
 * - showing a search's results before its filter counts (results-before-counts.ts): a second
 *   instance made with the same options (`pagefindOptions`) finds the results, and the counts,
 *   found after, are handed to the filters (`availableFilters`, `totalFilters`,
 *   `__dispatch__('filters', …)`), as the Component UI does with those of its own searches.
 * One more thing it relies on, for speed only: `pagefind.js` runs every instance of one copy of
 * the module in one worker, so search-page.ts imports a second copy (another address) to give the
 * finding instance a worker of its own. Were that to change, searches would be slower, not wrong.
 * `pagefind` is pinned to an exact version in package.json for this reason. Each function below
 * fails loudly, naming the member and this file, when an upgrade moves one; the browser test
 * `tests/e2e/pagefind-private-members.test.ts` fails the same way.
 */

/** A search API object as the Component UI loads it (`createInstance()` of pagefind.js). */
export interface PagefindEngine {
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  /** Loads the parts of the index a search for `term` would read, and searches nothing. */
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** What a search is asked: the filters chosen and the order. */
export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** A search's answer: its results, and how many pages each filter value would leave. */
export interface SearchResponse {
  results: RankedResult[];
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}

/** Pages per value of each filter: `{ speaker: { "Priti Patel": 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The private members this module reaches for, as the pinned version has them. */
interface PrivateMembers {
  __pagefind__?: PagefindEngine | null;
  __dispatch__?: (event: 'results' | 'filters', response: unknown) => void;
  faceted?: boolean;
  searchResult?: { results: unknown[] };
  pagefindOptions?: Record<string, unknown>;
  availableFilters?: FilterCounts | null;
  totalFilters?: FilterCounts | null;
}

/** The error an upgrade that moved a member meets, saying where to look. */
export class PagefindInternalsMoved extends Error {
  constructor(member: string) {
    super(
      `Pagefind's Component UI has no ${member} any more: src/scripts/pagefind-internals.ts relies on it; adapt that module to this version of Pagefind`,
    );
    this.name = 'PagefindInternalsMoved';
  }
}

/** The loaded search API, once `triggerLoad()` has resolved. */
export function searchEngineOf(instance: object): PagefindEngine {
  const engine = (instance as PrivateMembers).__pagefind__;
  if (!engine || typeof engine.search !== 'function') throw new PagefindInternalsMoved('__pagefind__.search');
  return engine;
}

/** Shows the last results again, to a list whose maximum was raised. */
export function reannounceResults(instance: object): void {
  const members = instance as PrivateMembers;
  if (typeof members.__dispatch__ !== 'function') throw new PagefindInternalsMoved('__dispatch__');
  if (members.searchResult) members.__dispatch__('results', members.searchResult);
}

/** Loads the index without the empty search faceted mode runs on load, then restores faceted mode. */
export async function loadWithoutOpeningSearch(instance: object, load: () => Promise<void>): Promise<void> {
  const members = instance as PrivateMembers;
  if (typeof members.faceted !== 'boolean') throw new PagefindInternalsMoved('faceted');
  members.faceted = false;
  try {
    await load();
  } finally {
    members.faceted = true;
  }
}

/** The options the Component UI creates its search API with (those of `<pagefind-config>`). */
export function pagefindOptionsOf(instance: object): Record<string, unknown> {
  const options = (instance as PrivateMembers).pagefindOptions;
  if (!options || typeof options !== 'object') throw new PagefindInternalsMoved('pagefindOptions');
  return { ...options };
}

/** Hands the filters the counts of a search, as the Component UI does with those of its own. */
export function announceFilterCounts(instance: object, counts: { filters: FilterCounts; totalFilters?: FilterCounts }) {
  const members = instance as PrivateMembers;
  if (typeof members.__dispatch__ !== 'function') throw new PagefindInternalsMoved('__dispatch__');
  if (!('availableFilters' in members) || !('totalFilters' in members)) {
    throw new PagefindInternalsMoved('availableFilters and totalFilters');
  }
  members.availableFilters = counts.filters;
  members.totalFilters = counts.totalFilters ?? null;
  members.__dispatch__('filters', { available: members.availableFilters, total: members.totalFilters });
}
