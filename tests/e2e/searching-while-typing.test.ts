import { describe, expect, it } from 'vitest';
import { resultPaths, type SearchPageWindow } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

/** What the search page's window gains below: the order in which things happened. */
interface Logged {
  happened: string[];
}

describe('words typed in the search box', () => {
  it('are searched for at once, and the search after the box’s pause for typing is not run again', async () => {
    const page = running.tab;
    // Every search the page sends to one of Pagefind's workers, in the order sent.
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as Logged).happened = log;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const { method, args } = (message ?? {}) as { method?: string; args?: unknown[] };
        if (method === 'search' && typeof args?.[0] === 'string') log.push(`sent: ${args[0]}`);
        return (post as (...a: unknown[]) => void).call(this, message, ...rest);
      } as Worker['postMessage'];
    });
    await page.goto(`${running.site.url}search/`);
    await resultPaths(page);
    // The Component UI announces its search once the box's pause is over.
    await page.evaluate(() => {
      const { PagefindComponents, happened } = window as unknown as SearchPageWindow & Logged;
      PagefindComponents.getInstanceManager()
        .getInstance('default')
        .on('search', (term) => happened.push(`asked: ${term}`));
    });

    await page.locator('pagefind-input input').fill('guardrail');
    await expect.poll(() => page.locator('pagefind-summary').innerText()).toMatch(/ results? for guardrail$/);
    expect((await resultPaths(page))[0]).toBe('/quotes/wanless-government-must-be-the-guardrail/');
    // Sent once to find the results, before the pause was over; once more, after it, to count them
    // for the filters (results-before-counts.ts).
    const guardrail = () =>
      page.evaluate(() => (window as unknown as Logged).happened.filter((line) => line.endsWith('guardrail')));
    await expect.poll(guardrail).toEqual(['sent: guardrail', 'asked: guardrail', 'sent: guardrail']);
  });
});
