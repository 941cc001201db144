import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The Pagefind settings of the search index, in one place, so that the build ships and the
 * benchmark measures the same index. Every page is English: forcing the language keeps the whole
 * record in one index (one metadata file, one set of chunks) whatever a page's `lang` says.
 */
export const SEARCH_INDEX_CONFIG = { forceLanguage: 'en' } as const;

/** Indexes a built site with Pagefind, writing the bundle to `<siteDir>/pagefind/`; returns the page count. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(SEARCH_INDEX_CONFIG);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const indexed = await index.addDirectory({ path: siteDir });
    if (indexed.errors.length > 0) throw new Error(indexed.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return indexed.page_count;
  } finally {
    await pagefind.close();
  }
}
