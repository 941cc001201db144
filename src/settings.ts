/**
 * Build settings, read once from the environment so that the same code can build the real
 * record, a test fixture or a synthetic benchmark archive, and be deployed under any base path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder holding the content collections (sources/, stakeholders/, claims/, quotes/, events/). */
export const contentDir = path.resolve(process.env.OTR_CONTENT_DIR ?? 'content');

/** Public origin the archive is served from; permanent URLs and citations are built on it. */
export const siteUrl = process.env.OTR_SITE ?? 'https://on-the-record.example';

/** Path prefix when the archive is not served from the root of its host, e.g. `/archive/`. */
export const basePath = process.env.OTR_BASE ?? '/';

/** Folder the built site is written to (and the search index built over). */
export const outDir = path.resolve(process.env.OTR_OUT_DIR ?? 'dist');

/**
 * Folder of the curators' plain-text snapshots of sources, which `npm run verify` checks
 * quotes against. They are working copies, never published; `--snapshots DIR` overrides this.
 */
export const snapshotDir = path.resolve(process.env.OTR_SNAPSHOT_DIR ?? path.join(contentDir, 'snapshots'));

/** A digest of the schema modules, so that a change to any of them is seen as a new cache. */
function schemaDigest(): string {
  const folder = path.resolve('src/schemas');
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(path.join(folder, file)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Astro's build cache of parsed content. Astro keys it on the text of content.config.ts alone,
 * so a schema change (a new field with a default) would otherwise be served stale entries.
 */
export const cacheDir = path.resolve(
  process.env.OTR_CACHE_DIR ?? path.join('node_modules/.astro', `schemas-${schemaDigest()}`),
);

/**
 * Formatted citations kept between builds. Each is kept under a digest of what it formats and of
 * the formatter, so builds of different content can share one folder (the tests' builds do).
 */
export const citationCacheDir = path.resolve(process.env.OTR_CITATION_CACHE_DIR ?? path.join(cacheDir, 'citations'));

/**
 * The date citations give as "accessed", as YYYY-MM-DD: `OTR_ACCESS_DATE` when set, else the
 * day of the build (UTC), so that one build gives every page the same date.
 */
export const accessDate = process.env.OTR_ACCESS_DATE ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(accessDate)) {
  throw new Error(`OTR_ACCESS_DATE must be a date written YYYY-MM-DD, not "${accessDate}"`);
}

/**
 * Whether the build indexes the site for search (`OTR_SEARCH_INDEX=off` skips it): the benchmark
 * builds without it so that it can time the index as a stage of its own.
 */
export const searchIndexOn = process.env.OTR_SEARCH_INDEX !== 'off';
