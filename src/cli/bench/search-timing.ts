import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { precompress, serveCounting } from './serve-counting.ts';

/** One query as a reader on a first visit would run it. */
export interface QueryCost {
  query: string;
  results: number;
  /** From asking Pagefind to load until the first result's data has arrived. */
  firstResultMs: number;
  /** Bytes over the wire for the search, text gzipped: script, worker, WebAssembly, index, fragment. */
  bytes: number;
}

/** What one measurement reports: how many results, and milliseconds to the first. */
export interface QueryTiming {
  results: number;
  ms: number;
}

/**
 * Runs `measure` once per query, each in a fresh browser context (a cold cache), against the
 * site served with gzip as a host would; the bytes counted are those sent after `measure` calls
 * `startCounting`, so that each measurement decides what belongs to the query.
 */
export async function timeEachQuery(
  browser: Browser,
  siteDir: string,
  queries: string[],
  measure: (page: Page, query: string, siteUrl: string, startCounting: () => void) => Promise<QueryTiming>,
): Promise<QueryCost[]> {
  await precompress(path.join(siteDir, 'pagefind'));
  const site = await serveCounting(siteDir);
  try {
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const timing = await measure(page, query, site.url, () => site.reset());
      costs.push({ query, results: timing.results, firstResultMs: Math.round(timing.ms), bytes: site.bytesSent() });
      await context.close();
    }
    return costs;
  } finally {
    await site.close();
  }
}

/**
 * Times each query in Chromium with a cold cache (a fresh browser context per query), through
 * Pagefind's JS API: `pagefind.search()`, then the first result's `data()`.
 */
export function timeQueries(browser: Browser, siteDir: string, queries: string[]): Promise<QueryCost[]> {
  return timeEachQuery(browser, siteDir, queries, async (page, query, siteUrl, startCounting) => {
    // A missing page gives the small 404 page: a same-origin host for the module import.
    await page.goto(new URL('bench-blank/', siteUrl).href);
    startCounting();
    return page.evaluate(async (q) => {
      const started = performance.now();
      // A module of the served site, which TypeScript cannot see: its address is a plain string.
      const engine = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ engine);
      const search = await pagefind.search(q);
      if (search.results.length === 0) return { results: 0, ms: performance.now() - started };
      await search.results[0].data();
      return { results: search.results.length, ms: performance.now() - started };
    }, query);
  });
}
