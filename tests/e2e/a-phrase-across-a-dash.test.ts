import { describe, expect, it } from 'vitest';
import { extendedRecordSite, PHRASE_WITHOUT_ITS_DASH } from '../helpers/shared-builds.ts';
import { resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite(extendedRecordSite);

describe('words of a quotation that run across a dash', () => {
  it('find the quotation first, above a page that holds the same words without the dash, which Pagefind’s exact search finds alone', async () => {
    const { phrase, quote, page: other } = PHRASE_WITHOUT_ITS_DASH;
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=${encodeURIComponent(phrase)}`);
    const shown = await resultPaths(page);
    // The case this test is for: Pagefind's exact-phrase search finds the page without the dash
    // and not the quotation. Asked of Pagefind's own module as the page serves it, written as a
    // string for Vite to leave its import alone.
    const exact = (await page.evaluate(
      `import('/pagefind/pagefind.js').then(async (pagefind) => Promise.all(
        (await pagefind.search(${JSON.stringify(`"${phrase}"`)})).results.map(async (r) => (await r.data()).url)))`,
    )) as string[];
    expect(exact).toEqual([other]);
    expect(shown.slice(0, 2)).toEqual([quote, other]);
  });
});
