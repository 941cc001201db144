import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { ArchiveRecord } from '../record/record.ts';
import { paths } from '../record/paths.ts';
import { claimTitle, quoteCitationTitle, stakeholderTitle } from '../wording/titles.ts';
import { archivePageCslItem, quoteCslItem, sourceCslItem, type CslItem } from './csl-item.ts';
import type { Citations } from './format-citations.ts';
import { CitationPool } from './citation-pool.ts';
import { announceDownloads } from '../render/build-signals.ts';
import { CITATION_DOWNLOADS, type DownloadExtension } from './citation-downloads.ts';
import { citationCacheDir } from '../../settings.ts';

/** The collections whose pages offer citations. */
export const CITABLE_COLLECTIONS = ['quotes', 'sources', 'stakeholders', 'claims'] as const;
export type CitableCollection = (typeof CITABLE_COLLECTIONS)[number];

/** What a citation needs beyond the record: how to make a permanent URL, and the access date. */
export interface CitationContext {
  permalink: (path: string) => string;
  accessed: PartialDate;
  /** Where a build writes each entry's download files; none when nothing is to be written. */
  downloadsDir?: string;
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

const KEY_PREFIX: Record<CitableCollection, string> = {
  quotes: 'quote',
  sources: 'source',
  stakeholders: 'stakeholder',
  claims: 'claim',
};

/**
 * The entry's citation key and CSL id, e.g. `quote:patel-not-acceptable`: the entry's permanent
 * id, so stable across builds, with its kind, so that a quote and a claim of the same name can
 * never share a key in one reader's .bib file.
 */
export function citationKey(collection: CitableCollection, id: string): string {
  return `${KEY_PREFIX[collection]}:${id}`;
}

/** The CSL item for the page of one entry. */
export function entryCslItem(
  record: ArchiveRecord,
  collection: CitableCollection,
  id: string,
  { permalink, accessed }: CitationContext,
): CslItem {
  const url = permalink(entryPath(collection, id));
  const key = citationKey(collection, id);
  if (collection === 'quotes') {
    const quote = record.quote(id);
    return quoteCslItem({
      id: key,
      title: quoteCitationTitle(quote.data.text),
      speaker: record.stakeholder(quote.data.speaker.id).data,
      delivery: quote.data.delivery,
      spoken: quote.data.date,
      source: record.source(quote.data.source.id).data,
      permalink: url,
      accessed,
    });
  }
  if (collection === 'sources') return sourceCslItem(key, record.source(id).data, accessed);
  const title =
    collection === 'stakeholders'
      ? stakeholderTitle(record.stakeholder(id).data.name)
      : claimTitle(record.claim(id).data.statement);
  return archivePageCslItem(key, title, url, accessed);
}

// Astro writes routes in alphabetical order, so pages ask for citations roughly in this order.
const BUILD_ORDER: CitableCollection[] = ['claims', 'quotes', 'sources', 'stakeholders'];

const pools = new WeakMap<ArchiveRecord, CitationPool>();

/** The entries of a collection that have pages, and so citations: a withdrawn quote keeps both. */
const citableEntries = (record: ArchiveRecord, collection: CitableCollection) =>
  collection === 'quotes' ? record.everyQuote : record[collection];

/**
 * Every entry's download folders in a build's output (a renamed entry's old folder too), by the
 * key its page asks for its citations by.
 */
function downloadFolders(record: ArchiveRecord, downloadsDir: string): Map<string, string[]> {
  const aliases = Map.groupBy(record.aliases, (a) => `${a.collection}/${a.id}`);
  return new Map(
    BUILD_ORDER.flatMap((collection) =>
      citableEntries(record, collection).map(({ id }) => {
        const key = `${collection}/${id}`;
        const slugs = [id, ...(aliases.get(key) ?? []).map((a) => a.alias)];
        return [key, slugs.map((slug) => path.join(downloadsDir, entryPath(collection, slug)))] as const;
      }),
    ),
  );
}

/** The pool formatting this record's citations, every entry queued the first time one is asked for. */
function poolFor(record: ArchiveRecord, context: CitationContext): CitationPool {
  let pool = pools.get(record);
  if (!pool) {
    // A path, not a URL relative to this module: Astro bundles this module but not the worker,
    // which Node runs from source. Builds run from the project folder (see settings.ts).
    const workerFile = pathToFileURL(path.resolve('src/lib/citation/citation-worker.ts'));
    pool = new CitationPool(workerFile, citationCacheDir);
    const { downloadsDir } = context;
    const folders = downloadsDir ? downloadFolders(record, downloadsDir) : new Map<string, string[]>();
    pool.prefetch(
      BUILD_ORDER.flatMap((collection) =>
        citableEntries(record, collection).map(({ id }) => ({
          key: `${collection}/${id}`,
          item: entryCslItem(record, collection, id, context),
          // A build writes the download files from the workers: as Astro routes, three an
          // entry, they were most of the build's routes. `astro dev` writes nothing, so
          // downloads exist in built sites only (`npm start`).
          downloadFolders: folders.get(`${collection}/${id}`) ?? [],
        })),
      ),
    );
    // The build waits for every download, whether or not a page waits for its citations.
    if (downloadsDir) announceDownloads(pool.finished());
    pools.set(record, pool);
  }
  return pool;
}

/**
 * Starts formatting every entry's citations, and so writing their download files, whether or
 * not any page asks for them: a build that keeps an entry's page from the last build renders
 * nothing that would. The build waits for them (see announceDownloads).
 */
export function writeAllCitationDownloads(record: ArchiveRecord, context: CitationContext): void {
  poolFor(record, context);
}

/** Whether any entry's download file is missing from the build's output folder. */
export function anyDownloadMissing(record: ArchiveRecord, context: CitationContext): boolean {
  if (!context.downloadsDir) return false;
  const files = Object.keys(CITATION_DOWNLOADS).map((ext) => `cite.${ext}`);
  return [...downloadFolders(record, context.downloadsDir).values()].some((folders) =>
    folders.some((folder) => files.some((file) => !existsSync(path.join(folder, file)))),
  );
}

/**
 * Every citation of one entry's page, shared by the page and its downloads. They are formatted
 * on worker threads, from the build cache when an earlier build formatted the same item.
 */
export function entryCitations(
  record: ArchiveRecord,
  collection: CitableCollection,
  id: string,
  context: CitationContext,
): Promise<Citations> {
  return poolFor(record, context).citations(`${collection}/${id}`, () => entryCslItem(record, collection, id, context));
}
