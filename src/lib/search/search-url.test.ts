import { describe, expect, it } from 'vitest';
import { SEARCH_FILTERS } from './search-entry.ts';
import { readSearchState, searchStateParams } from './search-url.ts';
import type { FacetVocabulary } from './search-vocabulary.ts';

const vocabulary = {
  ...Object.fromEntries(SEARCH_FILTERS.map((f) => [f, {}])),
  speaker: { 'priti-patel': 'Priti Patel', 'peter-wanless': 'Sir Peter Wanless' },
  delivery: { 'prepared-remarks': 'Prepared remarks, released before the speech' },
} as unknown as FacetVocabulary;

describe('search state in the URL', () => {
  it('reads the words, the facet values by slug and the order', () => {
    const params = new URLSearchParams('q=moral+duty&speaker=priti-patel&speaker=peter-wanless&sort=newest');
    expect(readSearchState(params, vocabulary)).toEqual({
      term: 'moral duty',
      filters: { speaker: ['Priti Patel', 'Sir Peter Wanless'] },
      sort: 'newest',
    });
  });

  it('drops values and orders the archive does not know, rather than searching for nothing', () => {
    const params = new URLSearchParams('q=duty&speaker=nobody&sort=loudest&colour=red');
    expect(readSearchState(params, vocabulary)).toEqual({ term: 'duty', filters: {}, sort: 'relevance' });
  });

  it('writes a state back as the URL it was read from', () => {
    const query = 'q=moral+duty&speaker=priti-patel&delivery=prepared-remarks&sort=oldest';
    const state = readSearchState(new URLSearchParams(query), vocabulary);
    expect(searchStateParams(state, vocabulary).toString()).toBe(query);
  });

  it('leaves relevance, the default order, and empty words out of the URL', () => {
    expect(searchStateParams({ term: '', filters: { speaker: [] }, sort: 'relevance' }, vocabulary).toString()).toBe(
      '',
    );
  });
});
