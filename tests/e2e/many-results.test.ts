import { describe, expect, it } from 'vitest';
import { extendedRecordSite, MORE_ANSWERS } from '../helpers/shared-builds.ts';
import { resultCount, resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

// More quotes with one word in common than the results list shows at first (fifty).
const QUOTES_WITH_THE_WORD = MORE_ANSWERS;

const running = useBrowserOnSite(extendedRecordSite);

describe('a search that matches many pages', () => {
  it('lists the first fifty results and shows the rest when the reader asks for more', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=lantern`);
    await resultPaths(page);
    expect(await resultCount(page)).toBe(QUOTES_WITH_THE_WORD);
    const items = page.locator('pagefind-results ul > li');
    const more = page.getByRole('button', { name: 'More results' });
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(50);
    await more.click();
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(QUOTES_WITH_THE_WORD);
    expect(await more.isVisible()).toBe(false);
  });

  it('starts again from the first fifty for new words', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=lantern`);
    await resultPaths(page);
    expect(await resultCount(page)).toBe(QUOTES_WITH_THE_WORD);
    await page.getByRole('button', { name: 'More results' }).click();
    await page.locator('pagefind-input input').fill('lantern remark');
    await expect
      .poll(() => page.locator('pagefind-summary').innerText(), { timeout: 10_000 })
      .toContain('for lantern remark');
    await expect.poll(() => page.locator('pagefind-results ul > li').count(), { timeout: 10_000 }).toBe(50);
  });
});
