import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { resultPaths } from '../helpers/search.ts';

const running = useBrowserOnSite();

const PHONE = { width: 412, height: 823 };
const DESKTOP = { width: 1280, height: 800 };

/** A move too small to see (a thousandth of the screen, a pixel or so); anything larger is reported. */
const UNSEEN = 0.001;

/**
 * Under a slow processor Chromium now and then paints the site's header before the parser has
 * reached its search form, and the links beside it then move aside: a matter of every page's
 * header, not of the search, so moves of the header alone are left out here.
 */
const HEADER = 'header.site-header';

declare global {
  interface Window {
    movesSeen: { value: number; moved: string[] }[];
  }
}

/**
 * What moved on the screen while the search page loaded and showed its results: each layout
 * shift Chromium reports, with the elements that moved and where from and to.
 */
async function movesWhileSearching(viewport: { width: number; height: number }, query: string) {
  const context = await running.browser.newContext({ viewport });
  const page = await context.newPage();
  // A phone's slower processor spreads the filters' and results' arrival over more frames.
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((header) => {
    window.movesSeen = [];
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (shift.sources.every(({ node }) => node instanceof Element && node.closest(header))) continue;
        window.movesSeen.push({
          value: shift.value,
          moved: shift.sources.map(
            ({ node, previousRect, currentRect }) =>
              `${node instanceof Element ? `${node.localName}.${node.className}` : 'a removed element'} from (${previousRect.x}, ${previousRect.y}) to (${currentRect.x}, ${currentRect.y})`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, HEADER);
  await page.goto(`${running.site.url}search/${query}`);
  await resultPaths(page);
  await expect.poll(() => page.locator('[data-settling]').count()).toBe(0);
  await page.waitForTimeout(500);
  const moves = await page.evaluate(() => window.movesSeen);
  await context.close();
  return moves.filter((m) => m.value >= UNSEEN);
}

describe('the search page as its filters and results arrive', () => {
  for (const [screen, viewport] of [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const) {
    it(`moves nothing on the screen of ${screen}, for one word, a phrase, or words and a filter`, async () => {
      for (const query of ['?q=encryption', '?q=moral+duty', '?q=encryption&speaker=priti-patel']) {
        expect(await movesWhileSearching(viewport, query), query).toEqual([]);
      }
    });
  }

  it('keeps a phone’s first screen for the results, the filters one tap away', async () => {
    const page = await running.browser.newPage({ viewport: PHONE });
    await page.goto(`${running.site.url}search/?q=encryption&speaker=priti-patel`);
    await resultPaths(page);
    const filters = page.locator('.search-filters-toggle > summary');
    expect(await filters.innerText()).toBe('Filters (1 chosen)');
    const first = (await page.locator('.search-result').first().boundingBox())!;
    expect(first.y).toBeLessThan(PHONE.height / 2);
    await filters.click();
    await page.locator('pagefind-filter-pane input[name="speaker"][value="Priti Patel"]').waitFor();
    expect(await page.locator('pagefind-filter-pane input[name="speaker"][value="Priti Patel"]').isChecked()).toBe(
      true,
    );
    await page.close();
  });
});
