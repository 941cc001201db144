import { announceFilterCounts, type PagefindEngine } from './pagefind-internals.ts';
import type { SearchAhead } from './search-ahead.ts';

/** What the page does while a search's filter counts are on their way, and once they are in. */
export interface CountingSteps {
  counting(): void;
  counted(): void;
}

/**
 * Answers each search for words with its results first and its filter counts after them.
 *
 * Once the filters are loaded, as the Component UI loads them to show them, Pagefind counts for
 * every search how many pages each value of each filter would leave. At 10,000 quotes that
 * counting is most of a search: 650–720 ms, where the same search in an instance that has loaded
 * no filter answers in 60–80 ms (BENCHMARKS.md, "Search: first result"). So `finder`, the
 * searches of such an instance (search-ahead.ts), finds the results that the list shows at once,
 * and `engine`, the Component UI's own, counts the same search after them; its counts go to the
 * filters when they are in, unless a newer search has begun. The two must not share a worker, or
 * every search would wait behind the last count (BENCHMARKS.md, sixth round).
 *
 * A search with no words (the page listing every page, or filters alone) is `engine`'s, counts
 * and all, as before.
 */
export function resultsBeforeCounts(
  instance: object,
  engine: PagefindEngine,
  finder: Pick<SearchAhead, 'find'>,
  steps: CountingSteps,
): void {
  const searchAndCount = engine.search.bind(engine);
  let latest = 0;
  const countOnlyLatest = latestOnly();
  engine.search = async (term, options = {}) => {
    const id = ++latest;
    if (!term) {
      const response = await searchAndCount(term, options);
      if (id === latest) steps.counted();
      return response;
    }
    // A search the finder has not begun is not run at all once the Component UI has asked for a
    // newer one (search-ahead.ts). The Component UI shows only the answer to its latest search, so
    // the empty answer given to the others is never shown.
    const found = await finder.find(term, options);
    if (!found) return { results: [] };
    if (id === latest) {
      steps.counting();
      countOnlyLatest(async () => {
        if (id !== latest) return;
        const counted = await searchAndCount(term, { filters: options.filters });
        if (id !== latest || !counted.filters) return;
        announceFilterCounts(instance, { filters: counted.filters, totalFilters: counted.totalFilters });
        steps.counted();
      });
    }
    // No counts in the answer: the Component UI then leaves the filters as they are.
    return { ...found, filters: {}, totalFilters: undefined };
  };
}

/**
 * Runs one job at a time, and of the jobs that arrive while one runs, only the last: a reader
 * typing a sentence asks for a count at every pause, and only the count of the words in the box
 * is worth waiting for.
 */
function latestOnly(): (job: () => Promise<void>) => void {
  let running = false;
  let waiting: (() => Promise<void>) | undefined;
  return async (job) => {
    waiting = job;
    if (running) return;
    running = true;
    try {
      while (waiting) {
        const next = waiting;
        waiting = undefined;
        await next();
      }
    } finally {
      running = false;
    }
  };
}
