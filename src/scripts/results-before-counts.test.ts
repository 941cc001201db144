import { describe, expect, it } from 'vitest';
import type { PagefindEngine, SearchOptions, SearchResponse } from './pagefind-internals.ts';
import { resultsBeforeCounts } from './results-before-counts.ts';
import { searchAhead } from './search-ahead.ts';

/** A search that answers when told to, so that a test decides what is still running. */
function controlledEngine() {
  const asked: { term: string | null; options?: SearchOptions; answer: (response: SearchResponse) => void }[] = [];
  const engine: PagefindEngine = {
    search: (term, options) => new Promise((answer) => asked.push({ term, options, answer })),
    preload: async () => {},
  };
  return { engine, asked };
}

const result = (id: string) => ({ id, data: async () => ({ content: id, meta: {} }) });
/** The ids of the results a search answered with. */
const ids = (response: SearchResponse) => response.results.map((r) => (r as ReturnType<typeof result>).id);
const counts = (n: number) => ({ filters: { kind: { Quote: n } }, totalFilters: { kind: { Quote: 99 } } });
/** Lets every promise that can settle do so. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The Component UI's instance as far as the counts reach it. */
function componentInstance() {
  const announced: unknown[] = [];
  return {
    announced,
    instance: {
      availableFilters: null,
      totalFilters: null,
      __dispatch__: (event: string, payload: unknown) => event === 'filters' && announced.push(payload),
    },
  };
}

function setUp() {
  const counter = controlledEngine();
  const finder = controlledEngine();
  const { instance, announced } = componentInstance();
  const steps: string[] = [];
  resultsBeforeCounts(instance, counter.engine, searchAhead(finder.engine), {
    counting: () => steps.push('counting'),
    counted: () => steps.push('counted'),
  });
  return { search: counter.engine.search, counter, finder, instance, announced, steps };
}

describe('results before their filter counts', () => {
  it('answers a search for words with the finder’s results, then hands the counts to the filters', async () => {
    const { search, counter, finder, instance, announced, steps } = setUp();
    const answer = search('encryption', { filters: {} });
    await settle();
    finder.asked[0].answer({ results: [result('a')], filters: { kind: { Quote: 1 } } });
    const response = await answer;
    expect(ids(response)).toEqual(['a']);
    // No counts with the results: the Component UI leaves the filters as they were.
    expect(response.filters).toEqual({});
    expect(steps).toEqual(['counting']);

    await settle();
    expect(counter.asked.map((a) => a.term)).toEqual(['encryption']);
    counter.asked[0].answer({ results: [result('a')], ...counts(1) });
    await settle();
    expect(announced).toEqual([{ available: { kind: { Quote: 1 } }, total: { kind: { Quote: 99 } } }]);
    expect(instance.availableFilters).toEqual({ kind: { Quote: 1 } });
    expect(steps).toEqual(['counting', 'counted']);
  });

  it('runs only the newest of the searches asked while the finder is busy, and counts only that one', async () => {
    const { search, counter, finder, announced } = setUp();
    const first = search('e', {});
    await settle();
    const second = search('en', {});
    const third = search('enc', {});
    await settle();
    expect(finder.asked.map((a) => a.term)).toEqual(['e']);

    finder.asked[0].answer({ results: [result('e')] });
    expect((await second).results).toEqual([]);
    await first;
    await settle();
    expect(finder.asked.map((a) => a.term)).toEqual(['e', 'enc']);
    finder.asked[1].answer({ results: [result('enc')] });
    expect(ids(await third)).toEqual(['enc']);

    await settle();
    expect(counter.asked.map((a) => a.term)).toEqual(['enc']);
    counter.asked[0].answer({ results: [], ...counts(3) });
    await settle();
    expect(announced).toEqual([{ available: { kind: { Quote: 3 } }, total: { kind: { Quote: 99 } } }]);
  });

  it('drops the counts of a search once a newer one has begun', async () => {
    const { search, counter, finder, announced, steps } = setUp();
    const first = search('encryption', {});
    await settle();
    finder.asked[0].answer({ results: [result('a')] });
    await first;
    await settle();
    const second = search('encryption policy', {});
    await settle();
    counter.asked[0].answer({ results: [], ...counts(5) });
    await settle();
    expect(announced).toEqual([]);
    finder.asked[1].answer({ results: [result('b')] });
    await second;
    await settle();
    counter.asked[1].answer({ results: [], ...counts(2) });
    await settle();
    expect(announced).toEqual([{ available: { kind: { Quote: 2 } }, total: { kind: { Quote: 99 } } }]);
    expect(steps.at(-1)).toBe('counted');
  });

  it('leaves a search with no words to the Component UI’s own instance, counts and all', async () => {
    const { search, counter, finder, steps } = setUp();
    const answer = search(null, { filters: { kind: ['Quote'] } });
    await settle();
    expect(finder.asked).toEqual([]);
    counter.asked[0].answer({ results: [result('a')], ...counts(1) });
    expect((await answer).filters).toEqual({ kind: { Quote: 1 } });
    expect(steps).toEqual(['counted']);
  });
});
