import type { PagefindEngine, SearchOptions, SearchResponse } from './pagefind-internals.ts';

/** How many results a first screen of the list shows, at most (a phone shows four or five). */
const FIRST_SCREEN = 10;

/** The finding instance's searches, as the search page asks for them. */
export interface SearchAhead {
  /**
   * Begins the search for the words in the box at once, as they are typed. The Component UI asks
   * for the same search only once typing has settled (its 150 ms pause), and then gets this one,
   * found or on its way: at 10,000 quotes a search, with the words of its best results read for
   * the exact-phrase ranking, takes as long as the pause again (BENCHMARKS.md, seventh round).
   */
  begin(term: string, options: SearchOptions): void;
  /**
   * The answer to a search: the one begun for the same words, filters and order if it is the last
   * asked for, else a new one. `undefined` when a newer search was asked for before this one began.
   */
  find(term: string, options: SearchOptions): Promise<SearchResponse | undefined>;
}

/**
 * Runs `finder`'s searches one at a time, and of those asked for while one runs, only the newest.
 *
 * Pagefind's worker runs every search it is sent to its end; a reader typing asks for one at every
 * key, the early ones for a letter or two that match thousands of words. A search that has not
 * begun is dropped once a newer one is asked for: only the answer to the words now in the box is
 * ever shown.
 */
export function searchAhead(finder: PagefindEngine): SearchAhead {
  let asked = 0;
  let running: Promise<unknown> = Promise.resolve();
  let last: { key: string; answer: Promise<SearchResponse | undefined> } | undefined;

  const find = (term: string, options: SearchOptions) => {
    const key = JSON.stringify([term, options.filters ?? {}, options.sort ?? {}]);
    if (last?.key === key) return last.answer;
    const id = ++asked;
    const answer = running.then(() => {
      if (id !== asked) return undefined;
      const search = finder.search(term, options);
      running = search.catch(() => undefined);
      // The words of the results a first screen shows, read now rather than once the list has
      // laid them out: Pagefind keeps what it has read, and the list then finds them there.
      void search.then(
        ({ results }) => results.slice(0, FIRST_SCREEN).forEach((r) => r.data().catch(() => {})),
        () => {},
      );
      return search;
    });
    const entry = { key, answer };
    last = entry;
    // A search that failed is asked for again next time, not answered with its failure.
    answer.catch(() => {
      if (last === entry) last = undefined;
    });
    return answer;
  };
  return { find, begin: (term, options) => void find(term, options).catch(() => {}) };
}
