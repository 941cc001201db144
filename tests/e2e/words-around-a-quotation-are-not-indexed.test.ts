import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { resultPaths } from '../helpers/search.ts';

const running = useBrowserOnSite();

describe('what a quote page is found by', () => {
  it('finds the source by the words of its title, not every quote taken from it', async () => {
    const page = running.tab;
    // "Home Secretary uses ‘moral duty’ argument…": every quote page names its source.
    await page.goto(`${running.site.url}search/?q=argument+against`);
    const paths = await resultPaths(page);
    expect(paths).toContain('/sources/eandt-moral-duty-2021/');
    expect(paths.filter((p) => p.startsWith('/quotes/'))).toEqual([]);
  });

  it('still finds a quote by its speaker’s name', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=wanless+guardrail`);
    expect((await resultPaths(page))[0]).toBe('/quotes/wanless-government-must-be-the-guardrail/');
  });
});
