import { describe, expect, it } from 'vitest';
import type { PagefindEngine, SearchOptions, SearchResponse } from './pagefind-internals.ts';
import { searchAhead } from './search-ahead.ts';

/** A search that answers (or fails) when told to, so that a test decides what is still running. */
function controlledFinder() {
  const asked: {
    term: string | null;
    options?: SearchOptions;
    answer: (response: SearchResponse) => void;
    fail: (error: Error) => void;
  }[] = [];
  const finder: PagefindEngine = {
    search: (term, options) => new Promise((answer, fail) => asked.push({ term, options, answer, fail })),
    preload: async () => {},
  };
  return { finder, asked };
}

const answer = (id: string): SearchResponse => ({ results: [{ data: async () => ({ content: id, meta: {} }) }] });
/** Lets every promise that can settle do so. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('searching ahead of the pause for typing', () => {
  it('gives the search asked for after the pause the one begun as the words were typed', async () => {
    const { finder, asked } = controlledFinder();
    const ahead = searchAhead(finder);
    ahead.begin('child safety', { filters: {}, sort: {} });
    await settle();
    expect(asked.map((a) => a.term)).toEqual(['child safety']);

    const afterPause = ahead.find('child safety', { filters: {}, sort: {} });
    await settle();
    expect(asked).toHaveLength(1);
    const found = answer('a');
    asked[0].answer(found);
    expect(await afterPause).toBe(found);
  });

  it('reads the words of the results a first screen shows as soon as they are found', async () => {
    const { finder, asked } = controlledFinder();
    const ahead = searchAhead(finder);
    const read: number[] = [];
    const results = Array.from({ length: 15 }, (_, i) => ({
      data: async () => (read.push(i), { content: `result ${i}`, meta: {} }),
    }));
    ahead.begin('encryption', {});
    await settle();
    asked[0].answer({ results });
    await settle();
    expect(read).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('searches again for the same words with other filters or another order', async () => {
    const { finder, asked } = controlledFinder();
    const ahead = searchAhead(finder);
    ahead.begin('encryption', { filters: {}, sort: {} });
    await settle();
    asked[0].answer(answer('any'));
    const filtered = ahead.find('encryption', { filters: { speaker: ['Priti Patel'] }, sort: {} });
    await settle();
    asked[1].answer(answer('patel'));
    await filtered;
    const newest = ahead.find('encryption', { filters: { speaker: ['Priti Patel'] }, sort: { date: 'desc' } });
    await settle();
    asked[2].answer(answer('newest'));
    await newest;
    expect(asked.map((a) => [a.term, a.options])).toEqual([
      ['encryption', { filters: {}, sort: {} }],
      ['encryption', { filters: { speaker: ['Priti Patel'] }, sort: {} }],
      ['encryption', { filters: { speaker: ['Priti Patel'] }, sort: { date: 'desc' } }],
    ]);
  });

  it('drops the searches typed while one runs, all but the newest', async () => {
    const { finder, asked } = controlledFinder();
    const ahead = searchAhead(finder);
    ahead.begin('c', {});
    await settle();
    ahead.begin('ch', {});
    ahead.begin('chi', {});
    await settle();
    expect(asked.map((a) => a.term)).toEqual(['c']);

    asked[0].answer(answer('c'));
    await settle();
    expect(asked.map((a) => a.term)).toEqual(['c', 'chi']);
  });

  it('runs a search the Component UI asked for though words were typed after it, and drops it for a newer one of its own', async () => {
    const { finder, asked } = controlledFinder();
    const ahead = searchAhead(finder);
    ahead.begin('chi', {});
    await settle();
    const filtered = ahead.find('chi', { filters: { kind: ['Quote'] } });
    ahead.begin('chil', {});
    await settle();
    asked[0].answer(answer('chi'));
    await settle();
    expect(asked.map((a) => a.term)).toEqual(['chi', 'chi']);
    const found = answer('chi, quotes');
    asked[1].answer(found);
    expect(await filtered).toBe(found);
    await settle();
    expect(asked.map((a) => a.term)).toEqual(['chi', 'chi', 'chil']);

    const older = ahead.find('chill', {});
    const newer = ahead.find('chilly', {});
    asked[2].answer(answer('chil'));
    expect(await older).toBeUndefined();
    await settle();
    expect(asked.map((a) => a.term)).toEqual(['chi', 'chi', 'chil', 'chilly']);
    asked[3].answer(answer('chilly'));
    await newer;
  });

  it('asks again after a search failed, rather than answering with the failure', async () => {
    const { finder, asked } = controlledFinder();
    const ahead = searchAhead(finder);
    const first = ahead.find('encryption', {});
    await settle();
    asked[0].fail(new Error('fragment not found'));
    await expect(first).rejects.toThrow('fragment not found');

    const again = ahead.find('encryption', {});
    await settle();
    expect(asked).toHaveLength(2);
    const found = answer('a');
    asked[1].answer(found);
    expect(await again).toBe(found);
  });
});
