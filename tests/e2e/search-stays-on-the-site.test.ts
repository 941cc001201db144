import { describe, expect, it } from 'vitest';
import { resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

describe('searching the record', () => {
  it('requests nothing from any other host, from typing to landing on a result', async () => {
    const page = await running.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${running.site.url}search/`);
    await page.locator('pagefind-input input').fill('moral duty');
    await resultPaths(page);
    await page.locator('pagefind-filter-pane input[name="kind"][value="Quote"]').check();
    await resultPaths(page);
    await page.locator('.search-result-title a').first().click();
    await page.waitForURL(/\/quotes\//);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const origin = new URL(running.site.url).origin;
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'))).toEqual([]);
    await page.close();
  });
});
