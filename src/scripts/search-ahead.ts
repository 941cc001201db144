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
   * The Component UI's search: the one begun for the same words, filters and order if it is the
   * last asked for, else a new one. `undefined` when the Component UI asked for a newer search
   * before this one began.
   */
  find(term: string, options: SearchOptions): Promise<SearchResponse | undefined>;
}

/** One search asked for, and its answer once it has one. */
interface Asked {
  key: string;
  /** Its place among every search asked for, typed or the Component UI's. */
  order: number;
  /** Its place among the Component UI's searches, once the Component UI has asked for it. */
  pageOrder?: number;
  answer: Promise<SearchResponse | undefined>;
}

/**
 * Runs `finder`'s searches one at a time, dropping those overtaken before they begin.
 *
 * Pagefind's worker runs every search it is sent to its end; a reader typing asks for one at every
 * key, the early ones for a letter or two that match thousands of words. A search begun for words
 * typed is dropped, before it begins, once any newer search is asked for. A search the Component UI
 * asked for is dropped only for a newer one of its own: the Component UI shows the answer to its
 * latest search, and an empty answer given to that one would show "no results" until the next.
 */
export function searchAhead(finder: PagefindEngine): SearchAhead {
  let asked = 0;
  let askedByPage = 0;
  // Settles once the last search asked for has run or been dropped: each waits for the one before.
  let queue: Promise<unknown> = Promise.resolve();
  let last: Asked | undefined;

  const ask = (term: string, options: SearchOptions, byPage: boolean) => {
    const key = JSON.stringify([term, options.filters ?? {}, options.sort ?? {}]);
    if (last?.key === key) {
      if (byPage) last.pageOrder = ++askedByPage;
      return last.answer;
    }
    // Until it begins, a search typed ahead gives way to any newer one; the Component UI's only to a
    // newer one of its own (`pageOrder` is set again when the Component UI asks for a search begun).
    const superseded = () => (entry.pageOrder === undefined ? entry.order !== asked : entry.pageOrder !== askedByPage);
    const answer = queue.then(() => {
      if (superseded()) return undefined;
      const search = finder.search(term, options);
      // The words of the results a first screen shows, read now rather than once the list has
      // laid them out: Pagefind keeps what it has read, and the list then finds them there.
      void search.then(
        ({ results }) => results.slice(0, FIRST_SCREEN).forEach((r) => r.data().catch(() => {})),
        () => {},
      );
      return search;
    });
    const entry: Asked = { key, order: ++asked, pageOrder: byPage ? ++askedByPage : undefined, answer };
    queue = entry.answer.catch(() => undefined);
    last = entry;
    // A search that failed is asked for again next time, not answered with its failure.
    entry.answer.catch(() => {
      if (last === entry) last = undefined;
    });
    return entry.answer;
  };
  return {
    find: (term, options) => ask(term, options, true),
    begin: (term, options) => void ask(term, options, false).catch(() => {}),
  };
}
