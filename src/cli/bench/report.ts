import os from 'node:os';
import type { ArchiveFigures } from './measure-archive.ts';
import type { QueryCost } from './search-timing.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

function queryFigures(queries: QueryCost[]) {
  const ms = queries.map((q) => q.firstResultMs);
  const bytes = queries.map((q) => q.bytes);
  return {
    median_ms: median(ms),
    worst_ms: Math.max(...ms),
    bytes_median: median(bytes),
    bytes_worst: Math.max(...bytes),
  };
}

type PageFigure =
  `${'quote' | 'claim' | 'stakeholder'}_page_${'html_kb' | 'html_kb_max' | 'css_kb' | 'js_kb' | 'js_kb_max' | 'html_css_gzip_kb' | 'html_css_gzip_kb_max'}`;

/** One archive size as flat, unit-named figures (the shape of `bench/results/latest.json`). */
export function flatten(f: ArchiveFigures) {
  const { page_sizes, queries, typed_queries, ...build } = f;
  const cold = queryFigures(queries);
  const typed = queryFigures(typed_queries);
  const pageFigures = Object.fromEntries(
    (['quotes', 'claims', 'stakeholders'] as const).flatMap((kind) => {
      const prefix = `${kind.replace(/s$/, '')}_page_`;
      const s = page_sizes[kind];
      return [
        [`${prefix}html_kb`, s.html_kb_median],
        [`${prefix}html_kb_max`, s.html_kb_max],
        [`${prefix}css_kb`, s.css_kb_median],
        [`${prefix}js_kb`, s.js_kb_median],
        [`${prefix}js_kb_max`, s.js_kb_max],
        [`${prefix}html_css_gzip_kb`, s.html_css_gzip_kb_median],
        [`${prefix}html_css_gzip_kb_max`, s.html_css_gzip_kb_max],
      ];
    }),
  ) as Record<PageFigure, number>;
  return {
    ...build,
    ...pageFigures,
    // Cold: Pagefind's API on a blank page, from loading the engine to the first result's data.
    query_first_result_ms_median: cold.median_ms,
    query_first_result_ms_worst: cold.worst_ms,
    query_bytes_median: cold.bytes_median,
    query_bytes_worst: cold.bytes_worst,
    // Typed: the search page, loaded; from the keystroke to the first result on screen.
    typed_query_first_result_ms_median: typed.median_ms,
    typed_query_first_result_ms_worst: typed.worst_ms,
    typed_query_bytes_median: typed.bytes_median,
  };
}

export type FlatFigures = ReturnType<typeof flatten>;

/** The issue's targets for 10,000 quotes, each as a test of the full-size figures. */
export function checkTargets(full: FlatFigures, growth: number) {
  return {
    build_total_under_40_s: full.build_total_s < 40,
    rebuild_under_30_s: full.astro_rebuild_s < 30,
    peak_rss_under_1536_mb: full.peak_rss_mb !== null && full.peak_rss_mb < 1536,
    astro_within_3x_floor: full.ratio_to_floor <= 3,
    growth_at_most_2_2x: growth <= 2.2,
    quote_page_html_css_gzip_under_15_kb: full.quote_page_html_css_gzip_kb_max < 15,
    query_first_result_median_within_300_ms: full.query_first_result_ms_median <= 300,
    query_bytes_median_under_300_kb: full.query_bytes_median < 300 * 1024,
    typed_query_first_result_median_within_300_ms: full.typed_query_first_result_ms_median <= 300,
  };
}

export function machine() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** The whole result: both sizes, growth between them, targets, machine and date. */
export function buildReport(full: ArchiveFigures, half: ArchiveFigures) {
  const f = flatten(full);
  const h = flatten(half);
  const growth = {
    build_total_ratio: round(f.build_total_s / h.build_total_s),
    astro_build_ratio: round(f.astro_build_s / h.astro_build_s),
    index_build_ratio: round(f.index_build_s / h.index_build_s),
    floor_ratio: round(f.floor_s / h.floor_s),
  };
  return {
    date: new Date().toISOString(),
    machine: machine(),
    full: f,
    half: h,
    growth,
    targets_met: checkTargets(f, growth.build_total_ratio),
    queries: { full: full.queries, half: half.queries },
    typed_queries: { full: full.typed_queries, half: half.typed_queries },
  };
}

export type Report = ReturnType<typeof buildReport>;

/** The table printed at the end of a run: one row per figure, one column per size. */
export function formatTable(report: Report): string {
  const { full, half } = report;
  const keys = Object.keys(full).filter((k) => typeof (full as Record<string, unknown>)[k] === 'number');
  const width = Math.max(...keys.map((k) => k.length));
  const cell = (v: unknown) => String(v ?? '–').padStart(10);
  const lines = [`${'figure'.padEnd(width)} ${cell(`N=${half.quotes}`)} ${cell(`N=${full.quotes}`)}`];
  for (const key of keys) {
    lines.push(
      `${key.padEnd(width)} ${cell((half as Record<string, unknown>)[key])} ${cell((full as Record<string, unknown>)[key])}`,
    );
  }
  lines.push('', 'growth from N/2 to N:', ...Object.entries(report.growth).map(([k, v]) => `  ${k}: ${v}`));
  lines.push(
    '',
    'targets:',
    ...Object.entries(report.targets_met).map(([k, ok]) => `  ${ok ? 'met    ' : 'NOT met'} ${k}`),
  );
  return lines.join('\n');
}
