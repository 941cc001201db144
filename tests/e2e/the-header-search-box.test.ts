import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

describe('the search box in every page’s header', () => {
  it('takes a reader without JavaScript to /search/?q=…, which says search needs JavaScript, shows no search box that cannot work, and offers the browse pages', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}claims/`);
    await page.locator('#site-search').fill('moral duty');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=moral\+duty$/);
    expect(await page.locator('main').innerText()).toMatch(/Searching the record needs JavaScript/);
    expect(await page.locator('main').getByRole('combobox').count()).toBe(0);
    expect(await page.locator('.search').isVisible()).toBe(false);
    expect(await page.locator('.search-browse a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/quotes/',
      '/stakeholders/',
      '/claims/',
      '/sources/',
      '/events/',
    ]);
    await context.close();
  });

  it('is focused by pressing “/”, unless the reader is typing somewhere else', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}quotes/patel-moral-duty/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('duty');
    expect(await page.locator('#site-search').inputValue()).toBe('duty');
  });

  it('on the search page, “/” focuses the page’s own search box', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/`);
    await page.locator('pagefind-input input').waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('pagefind-input') !== null)).toBe(true);
  });
});
