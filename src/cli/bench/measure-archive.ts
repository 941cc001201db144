import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import { EDITED_WORDS, editOneQuote, generateArchive, type ProfileFormat } from './generate-archive.ts';
import { countPages, folderBytes, measurePages, type PageSizes } from './page-sizes.ts';
import { runStage, type StageCost } from './run-stage.ts';
import { timeQueries, type QueryCost } from './search-timing.ts';
import { timeTypedQueries } from './typed-search-timing.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

/** Runs one Astro build as a timed stage. */
function astroBuild(env: NodeJS.ProcessEnv): Promise<StageCost> {
  return runStage(bin('astro'), ['build'], env, projectRoot);
}

/** Everything measured for one archive size. Units are in the field names. */
export interface ArchiveFigures {
  quotes: number;
  stakeholders: number;
  claims: number;
  sources: number;
  events: number;
  pages: number;
  floor_pages: number;
  astro_build_s: number;
  astro_peak_rss_mb: number | null;
  /** The same build again with its caches kept (content store, formatted citations): a curator's rebuild. */
  astro_rebuild_s: number;
  astro_rebuild_peak_rss_mb: number | null;
  /**
   * The build again after a curator's edit to one quote (`editOneQuote`), caches kept; null where
   * not measured (the benchmark measures it at the full size only).
   */
  astro_edit_rebuild_s: number | null;
  astro_edit_rebuild_peak_rss_mb: number | null;
  index_build_s: number;
  index_peak_rss_mb: number | null;
  build_total_s: number;
  peak_rss_mb: number | null;
  astro_ms_per_page: number;
  floor_s: number;
  ratio_to_floor: number;
  index_mb: number;
  page_sizes: Record<'quotes' | 'claims' | 'stakeholders', PageSizes>;
  /** Cold: Pagefind's API on a blank page (`timeQueries`). */
  queries: QueryCost[];
  /** The reader's path: typed into the loaded search page (`timeTypedQueries`). */
  typed_queries: QueryCost[];
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
const maxOf = (...values: (number | null)[]) =>
  values.some((v) => v === null) ? null : Math.max(...(values as number[]));

/**
 * Generates an archive of `quotes` quotations in a temporary folder, builds it with the real
 * site code (Astro, then Pagefind), writes the floor from the same files, and measures it all.
 */
export interface MeasureOptions {
  log: (line: string) => void;
  /** Keep the temporary folder (content, site, floor, stage logs) for inspection. */
  keep: boolean;
  profiles: ProfileFormat;
  /** The queries to time, cold and typed (BENCH_QUERIES unless told otherwise). */
  queries: string[];
  /** The Chromium that times them, one for the whole run (each query has a fresh context). */
  browser: Browser;
  /** Also time a rebuild after editing one quote. */
  editRebuild?: boolean;
}

/**
 * Edits one quote and builds again with the caches kept, as a curator does; fails unless the
 * rebuilt page shows the edit, so that the figure is never that of a build that changed nothing.
 */
async function timeEditRebuild(contentDir: string, siteDir: string, env: NodeJS.ProcessEnv): Promise<StageCost> {
  const { id } = await editOneQuote(contentDir);
  const rebuild = await astroBuild(env);
  const page = path.join(siteDir, 'quotes', id, 'index.html');
  const html = await readFile(page, 'utf8').catch(() => '');
  if (!html.includes(EDITED_WORDS))
    throw new Error(`the build after editing quotes/${id}.yaml does not show the edit in ${page}:\n${rebuild.output}`);
  return rebuild;
}

export async function measureArchive(
  quotes: number,
  { log, keep, profiles, queries, browser, editRebuild = false }: MeasureOptions,
): Promise<ArchiveFigures> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'otr-bench-'));
  const contentDir = path.join(work, 'content');
  const siteDir = path.join(work, 'site');
  const floorDir = path.join(work, 'floor');
  try {
    const size = await generateArchive(contentDir, quotes, { profiles });
    log(`${quotes} quotes: generated in ${contentDir}; astro build…`);
    const env = {
      ...process.env,
      OTR_CONTENT_DIR: contentDir,
      OTR_OUT_DIR: siteDir,
      OTR_CACHE_DIR: path.join(work, 'cache'),
      // The build would index the site itself; the index is timed below as a stage of its own.
      OTR_SEARCH_INDEX: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const astro = await astroBuild(env);
    log(`${quotes} quotes: astro ${round(astro.seconds, 1)} s; astro again, caches kept…`);
    const rebuild = await astroBuild(env);
    log(
      `${quotes} quotes: astro rebuild ${round(rebuild.seconds, 1)} s${editRebuild ? '; one quote edited, astro again…' : ''}`,
    );
    const edited = editRebuild ? await timeEditRebuild(contentDir, siteDir, env) : undefined;
    if (edited) log(`${quotes} quotes: astro rebuild after the edit ${round(edited.seconds, 1)} s`);
    log(`${quotes} quotes: pagefind…`);
    // The build's own indexing code and settings, so that the figures are those of the index that ships.
    const indexScript = path.join(projectRoot, 'src/cli/index-site.ts');
    const index = await runStage(process.execPath, [indexScript, siteDir], env, projectRoot);
    log(`${quotes} quotes: pagefind ${round(index.seconds, 1)} s; floor…`);
    const floorScript = path.join(import.meta.dirname, 'floor.ts');
    const floor = await runStage(process.execPath, [floorScript, contentDir, floorDir], env, projectRoot);
    log(`${quotes} quotes: floor ${round(floor.seconds, 1)} s; page sizes and search…`);
    if (keep) {
      await writeFile(path.join(work, 'astro.log'), astro.output);
      await writeFile(path.join(work, 'pagefind.log'), index.output);
    }
    const pages = await countPages(siteDir);
    const figures: ArchiveFigures = {
      ...size,
      pages,
      floor_pages: await countPages(floorDir),
      astro_build_s: round(astro.seconds),
      astro_peak_rss_mb: astro.peakRssMb,
      astro_rebuild_s: round(rebuild.seconds),
      astro_rebuild_peak_rss_mb: rebuild.peakRssMb,
      astro_edit_rebuild_s: edited ? round(edited.seconds) : null,
      astro_edit_rebuild_peak_rss_mb: edited ? edited.peakRssMb : null,
      index_build_s: round(index.seconds),
      index_peak_rss_mb: index.peakRssMb,
      build_total_s: round(astro.seconds + index.seconds),
      peak_rss_mb: maxOf(astro.peakRssMb, index.peakRssMb),
      astro_ms_per_page: round((astro.seconds * 1000) / pages),
      floor_s: round(floor.seconds),
      ratio_to_floor: round(astro.seconds / floor.seconds),
      index_mb: round((await folderBytes(path.join(siteDir, 'pagefind'))) / 2 ** 20),
      page_sizes: {
        quotes: await measurePages(siteDir, 'quotes'),
        claims: await measurePages(siteDir, 'claims'),
        stakeholders: await measurePages(siteDir, 'stakeholders'),
      },
      queries: await timeQueries(browser, siteDir, queries),
      typed_queries: await timeTypedQueries(browser, siteDir, queries),
    };
    return figures;
  } finally {
    if (keep) log(`${quotes} quotes: kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}
