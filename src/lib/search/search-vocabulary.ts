import type { ArchiveRecord } from '../record/record.ts';
import {
  claimSearchEntry,
  eventSearchEntry,
  quoteSearchEntry,
  SEARCH_FILTERS,
  sourceSearchEntry,
  stakeholderSearchEntry,
  type SearchEntry,
  type SearchFilter,
} from './search-entry.ts';

/** For each facet, the label the index holds for each URL slug. */
export type FacetVocabulary = Record<SearchFilter, Record<string, string>>;

/** The search record of every indexed page of the archive. */
export function searchEntriesOf(record: ArchiveRecord): SearchEntry[] {
  return [
    ...record.quotes.map((q) => quoteSearchEntry(record, q)),
    ...record.claims.map((c) => claimSearchEntry(record, c.id)),
    ...record.stakeholders.map((s) => stakeholderSearchEntry(record, s.id)),
    ...record.sources.map((s) => sourceSearchEntry(record, s.id)),
    ...record.events.map((e) => eventSearchEntry(record, e.id)),
  ];
}

/** Every facet value the index can hold, so that URLs can name them by slug. */
export function facetVocabularyOf(entries: SearchEntry[]): FacetVocabulary {
  const vocabulary = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, {}])) as FacetVocabulary;
  for (const entry of entries) {
    for (const filter of SEARCH_FILTERS) {
      for (const { slug, label } of entry.filters[filter] ?? []) vocabulary[filter][slug] = label;
    }
  }
  return vocabulary;
}
