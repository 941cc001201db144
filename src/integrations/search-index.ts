import path from 'node:path';
import * as pagefind from 'pagefind';
import { COLLECTIONS } from '../schemas/collections.ts';

/**
 * The Pagefind settings of the search index, in one place, so that the build ships and the
 * benchmark measures the same index. Every page is English: forcing the language keeps the whole
 * record in one index (one metadata file, one set of chunks) whatever a page's `lang` says.
 */
export const SEARCH_INDEX_CONFIG = { forceLanguage: 'en' } as const;

/**
 * The pages Pagefind reads: each entry's own page, the only pages that mark their words for the
 * index (`data-pagefind-body`; the tests of the index hold every entry's page and no other).
 * Pagefind would otherwise parse every other page only to leave it out, and those are the largest
 * (`/claims/` was 136 MB at 10,000 quotes when this was measured): there the same index took
 * 17.9–28.3 s, and took 11.4–12.0 s with this.
 */
const INDEXED_PAGES = `{${COLLECTIONS.join(',')}}/*/index.html`;

/** Indexes a built site with Pagefind, writing the bundle to `<siteDir>/pagefind/`; returns the page count. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(SEARCH_INDEX_CONFIG);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const indexed = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
    if (indexed.errors.length > 0) throw new Error(indexed.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return indexed.page_count;
  } finally {
    await pagefind.close();
  }
}
