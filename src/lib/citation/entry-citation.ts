import path from 'node:path';
import type { PartialDate } from '../../schemas/partial-date';
import type { ArchiveRecord } from '../record';
import { paths } from '../paths';
import { openingWords } from '../quote-title';
import { archivePageCslItem, quoteCslItem, sourceCslItem, type CslItem } from './csl-item';
import type { Citations } from './format-citations';
import { cachedCitations } from './citation-cache';
import { cacheDir } from '../../settings';

/** The collections whose pages offer citations. */
export const CITABLE_COLLECTIONS = ['quotes', 'sources', 'stakeholders', 'claims'] as const;
export type CitableCollection = (typeof CITABLE_COLLECTIONS)[number];

/** The downloadable citation files next to each citable page, by extension. */
export const CITATION_DOWNLOADS = {
  ris: { label: 'RIS', type: 'application/x-research-info-systems', field: 'ris' },
  bib: { label: 'BibTeX', type: 'application/x-bibtex', field: 'bibtex' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', field: 'csljson' },
} as const;
export type DownloadExtension = keyof typeof CITATION_DOWNLOADS;

/** What a citation needs beyond the record: how to make a permanent URL, and the access date. */
export interface CitationContext {
  permalink: (path: string) => string;
  accessed: PartialDate;
}

/** The page path of an entry, e.g. `/quotes/patel-moral-duty/`. */
export function entryPath(collection: CitableCollection, id: string): string {
  const page = { quotes: paths.quote, sources: paths.source, stakeholders: paths.stakeholder, claims: paths.claim };
  return page[collection](id);
}

/** Path of one downloadable citation file, e.g. `/quotes/patel-moral-duty/cite.ris`. */
export function downloadPath(collection: CitableCollection, id: string, ext: DownloadExtension): string {
  return `${entryPath(collection, id)}cite.${ext}`;
}

/** The CSL item for the page of one entry. */
export function entryCslItem(
  record: ArchiveRecord,
  collection: CitableCollection,
  id: string,
  { permalink, accessed }: CitationContext,
): CslItem {
  const url = permalink(entryPath(collection, id));
  if (collection === 'quotes') {
    const quote = record.quotes.find((q) => q.id === id)!;
    return quoteCslItem({
      id,
      title: openingWords(quote.data.text, 100),
      speaker: record.stakeholder(quote.data.speaker.id).data,
      delivery: quote.data.delivery,
      spoken: quote.data.date,
      source: record.source(quote.data.source.id).data,
      permalink: url,
      accessed,
    });
  }
  if (collection === 'sources') return sourceCslItem(id, record.source(id).data, accessed);
  const title =
    collection === 'stakeholders'
      ? `${record.stakeholder(id).data.name}: quotes and positions`
      : `Claim: ${record.claim(id).data.statement}`;
  return archivePageCslItem(id, title, url, accessed);
}

const cache = new Map<string, Citations>();

/** Every citation of one entry's page; computed once per build, shared by page and downloads. */
export function entryCitations(
  record: ArchiveRecord,
  collection: CitableCollection,
  id: string,
  context: CitationContext,
): Citations {
  const key = `${collection}/${id}`;
  let citations = cache.get(key);
  if (!citations) {
    citations = cachedCitations(path.join(cacheDir, 'citations'), entryCslItem(record, collection, id, context));
    cache.set(key, citations);
  }
  return citations;
}
