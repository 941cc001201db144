import { describe, expect, it } from 'vitest';
import { resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

describe('landing on a page from a search result', () => {
  it('marks the searched words in the quotation', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=guardrail`);
    await resultPaths(page);
    await page.locator('.search-result-title a').first().click();
    await page.waitForURL(/\/quotes\/wanless-government-must-be-the-guardrail\/\?highlight=guardrail$/);
    const mark = page.locator('#quotation mark.pagefind-highlight');
    await mark.first().waitFor();
    expect(await mark.allInnerTexts()).toEqual(['guardrail']);
  });

  it('loads no highlighting script on an ordinary visit to a quote page', async () => {
    const page = await running.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${running.site.url}quotes/wanless-government-must-be-the-guardrail/`, {
      waitUntil: 'networkidle',
    });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('mark').count()).toBe(0);
    await page.close();
  });
});
