import type { Browser } from 'playwright-core';
import { timeEachQuery, type QueryCost } from './search-timing.ts';

/**
 * Times each query as a reader meets it on the search page (`/search/`), with a cold cache (a
 * fresh browser context per query): the page is opened and left to load, as it does, Pagefind
 * and its index metadata; then the query is typed, and the clock runs from the keystroke until
 * the first result for it is on the screen. This includes the search box's pause for typing to
 * settle, which the API figure (`timeQueries`) does not. Bytes are those sent after the page had
 * loaded, for the query itself.
 */
export function timeTypedQueries(browser: Browser, siteDir: string, queries: string[]): Promise<QueryCost[]> {
  return timeEachQuery(browser, siteDir, queries, async (page, query, siteUrl, startCounting) => {
    await page.goto(new URL('search/', siteUrl).href);
    // Loaded: the page lists every page before a word is typed (the box's faceted mode).
    await page.locator('.search-result').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    startCounting();
    return page.evaluate(async (q) => {
      const box = document.querySelector<HTMLInputElement>('pagefind-input input')!;
      const list = document.querySelector('pagefind-results')!;
      const before = list.querySelector('.search-result');
      const started = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const summary = document.querySelector('pagefind-summary')!;
      // The first result of this query: a new first item, once the summary names the query.
      for (;;) {
        await new Promise(requestAnimationFrame);
        const first = list.querySelector('.search-result');
        const text = summary.textContent ?? '';
        if (text.trim() === `No results for ${q}`) return { results: 0, ms: performance.now() - started };
        if (first && first !== before && text.includes(`for ${q}`)) {
          // "4,583 results for encryption"
          const count = /([\d,]+) results?/.exec(text)?.[1]?.replaceAll(',', '');
          return { results: Number(count ?? NaN), ms: performance.now() - started };
        }
      }
    }, query);
  });
}
