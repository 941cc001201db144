import { describe, expect, it } from 'vitest';
import { resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

// A slow connection, made certain: the file arrives only once the reader has typed.
const slowFiles = [
  ['the search index', '**/pagefind/pagefind-entry.json*'],
  ['the search engine', '**/pagefind/pagefind.js'],
];

describe('a reader who types on a slow connection', () => {
  it.each(slowFiles)('searches the words in the box when %s arrives late', async (_what, pattern) => {
    const page = await running.browser.newPage();
    let fileRequested!: () => void;
    const requested = new Promise<void>((resolve) => (fileRequested = resolve));
    let releaseFile!: () => void;
    const held = new Promise<void>((resolve) => (releaseFile = resolve));
    await page.route(pattern, async (route) => {
      fileRequested();
      await held;
      await route.continue();
    });
    await page.goto(`${running.site.url}search/`);
    await requested;
    await page.locator('pagefind-input input').fill('moral duty');
    await page.locator('pagefind-summary', { hasText: 'Searching for moral duty' }).waitFor();
    releaseFile();

    expect((await resultPaths(page))[0]).toBe('/quotes/patel-moral-duty/');
    await expect.poll(() => page.locator('pagefind-summary').innerText()).toMatch(/^\d+ results? for moral duty/);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('moral duty');
    await page.locator('.search-result-title a').first().click();
    await page.locator('#quotation mark.pagefind-highlight').first().waitFor();
    await page.close();
  });
});
