import { COLLECTIONS } from '../../schemas/collections.ts';
import { countOf } from '../wording/count-of.ts';

/**
 * The manifest of every URL the archive has published, kept in the content folder beside the
 * entries (`published-urls.json`): a URL once published must keep working. Pure functions;
 * reading the built site is done by the build hook and `npm run record`.
 */

/** File name of the manifest inside a content folder. */
export const MANIFEST_FILE = 'published-urls.json';

export interface Manifest {
  /** For whoever opens the file: what it is and how it is kept. */
  about: string;
  /** Root-relative paths, without the base path, sorted. */
  urls: string[];
}

const ABOUT =
  'Every URL this archive has published. Written by `npm run record`; checked by every build ' +
  'and by `npm test`. Never remove a line to make a build pass: keep the URL alive instead.';

const DOWNLOAD = /^(\/[^/]+\/[^/]+\/)cite\.[a-z]+$/;

/**
 * The URL path a built file is published at, or undefined when it is not a page or a
 * citation download (assets, the search index, the 404 page).
 */
export function publishedPathOf(file: string): string | undefined {
  const path = '/' + file.split(/[\\/]/).join('/').replace(/^\/+/, '');
  if (/^\/(_astro|pagefind)\//.test(path)) return undefined;
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  if (DOWNLOAD.test(path)) return path;
  return undefined;
}

/** The manifest after a build: every URL it listed, and every URL the build published. */
export function updateManifest(manifest: Manifest | undefined, built: string[]): Manifest {
  const urls = [...new Set([...(manifest?.urls ?? []), ...built])].sort();
  return { about: ABOUT, urls };
}

/** Listed URLs that the build no longer publishes. */
export function findBrokenUrls(manifest: Manifest, built: string[]): string[] {
  const live = new Set(built);
  return manifest.urls.filter((url) => !live.has(url));
}

/** Published URLs the manifest does not list yet. */
export function findUnlistedUrls(manifest: Manifest, built: string[]): string[] {
  const listed = new Set(manifest.urls);
  return built.filter((url) => !listed.has(url)).sort();
}

/** An entry's page, `/quotes/patel-moral-duty/`, or one of its citation downloads. */
const ENTRY_URL = /^\/([^/]+)\/([^/]+)\/(?:cite\.[a-z]+)?$/;

/**
 * Listed URLs of entry pages (and their citation downloads) whose entry is gone with no alias to
 * keep its address: known from the content alone, so a build can stop before it writes anything.
 * `slugs` holds, for each collection, the ids of its entries and their aliases.
 */
export function findRetiredEntryUrls(manifest: Manifest, slugs: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return manifest.urls.filter((url) => {
    const [, collection, slug] = url.match(ENTRY_URL) ?? [];
    const live = collection === undefined ? undefined : slugs.get(collection);
    return live !== undefined && !live.has(slug);
  });
}

/** How to keep one broken page URL alive, for the curator who broke it. */
function remedyFor(url: string, contentFolder: string): string {
  const [, collection, id] = url.match(ENTRY_URL) ?? [];
  if (collection && (COLLECTIONS as readonly string[]).includes(collection)) {
    return (
      `if the entry was renamed, add \`aliases: [${id}]\` to its new file in ${contentFolder}/${collection}/; ` +
      `if it was deleted, restore ${contentFolder}/${collection}/${id}.*`
    );
  }
  return 'restore the page in src/pages/ that built it, or redirect it';
}

/** The build error for broken URLs: each URL, and what to do to keep it working. */
export function describeBrokenUrls(broken: string[], manifestPath: string): string {
  const contentFolder = manifestPath.replace(/[\\/][^\\/]*$/, '') || '.';
  const pages = broken.filter((url) => !DOWNLOAD.test(url));
  const downloads = broken.filter((url) => {
    const page = url.match(DOWNLOAD)?.[1];
    return page !== undefined && !pages.includes(page);
  });
  const lines = [
    ...pages.map((url) => {
      const withDownloads = broken.some((b) => b !== url && b.startsWith(url) && DOWNLOAD.test(b));
      return `  ${url}${withDownloads ? ' (and its citation downloads)' : ''}: ${remedyFor(url, contentFolder)}`;
    }),
    ...downloads.map((url) => `  ${url}: restore the citation download of ${url.match(DOWNLOAD)![1]}`),
  ];
  const [n, them] = lines.length === 1 ? [1, 'it'] : [lines.length, 'them'];
  return [
    `${countOf(n, 'published URL')} would break: ${manifestPath} lists ${them} as published, and this build would no longer publish ${them}.`,
    ...lines,
    'People have cited these addresses. Keep each one alive as described; remove a URL from the manifest only if it must truly go.',
  ].join('\n');
}
