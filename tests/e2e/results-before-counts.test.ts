import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { resultCount, resultPaths } from '../helpers/search.ts';

const running = useBrowserOnSite();

/** Every page is of one kind, so the kind filter's counts add up to the pages they count. */
async function kindCountsTotal(page: Page): Promise<number> {
  const counts = await page
    .locator('pagefind-filter-pane label:has(input[name="kind"]) .pf-filter-checkbox-count')
    .allInnerTexts();
  expect(counts.length).toBeGreaterThan(0);
  return counts.reduce((sum, count) => sum + Number(count), 0);
}

describe('a search for words', () => {
  it('shows its results before its filter counts, the filters marked busy until those are in', async () => {
    const context = await running.browser.newContext();
    const page = await context.newPage();
    // Two instances of Pagefind each fetch the index the words need: the first to ask finds the
    // results, the second counts them for the filters. The second's fetch is held back here.
    const asked = new Map<string, number>();
    const held: Route[] = [];
    await context.route('**/pagefind/index/*', async (route) => {
      const url = route.request().url();
      asked.set(url, (asked.get(url) ?? 0) + 1);
      if (asked.get(url) === 2) held.push(route);
      else await route.continue();
    });
    await page.goto(`${running.site.url}search/`);
    await resultPaths(page);
    await expect.poll(() => page.locator('[data-search-filters]').getAttribute('aria-busy')).toBeNull();
    const everyPage = await kindCountsTotal(page);

    await page.locator('pagefind-input input').fill('encryption');
    await expect.poll(() => page.locator('pagefind-summary').innerText()).toMatch(/ results? for encryption$/);
    const found = await resultCount(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(everyPage);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-filters]').getAttribute('aria-busy')).toBe('true');
    expect(await kindCountsTotal(page)).toBe(everyPage);

    await Promise.all(held.map((route) => route.continue()));
    await expect.poll(() => page.locator('[data-search-filters]').getAttribute('aria-busy')).toBeNull();
    expect(await kindCountsTotal(page)).toBe(found);
    await context.close();
  });
});
