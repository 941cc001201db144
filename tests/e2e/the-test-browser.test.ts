import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parentPid, readProc } from '../../src/cli/linux-processes.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

/** The command lines of the Chromium browser processes this process started (not their helpers). */
async function browserCommandLines(): Promise<string[][]> {
  const children = (await readdir('/proc'))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => parentPid(pid) === process.pid);
  return children
    .map((pid) => readProc(pid, 'cmdline')?.split('\0') ?? [])
    .filter((args) => args.includes('--remote-debugging-pipe') && !args.some((arg) => arg.startsWith('--type=')));
}

/** Every `--disable-features` list on a command line, in order. */
const disabledFeatureLists = (args: string[]): string[][] =>
  args.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.split('=')[1].split(','));

// src/cli/browser.ts turns off Chromium's address-bar page with a `--disable-features` of its own,
// which replaces Playwright's (Chromium reads the last one), and so repeats Playwright's list.
describe('The Chromium the tests and the benchmark drive', () => {
  it('keeps off every feature Playwright turns off', async () => {
    await workerBrowser();
    const [args] = await browserCommandLines();
    expect(args, 'no Chromium started by this test process was found in /proc').toBeDefined();
    const lists = disabledFeatureLists(args);
    expect(lists.length, 'Playwright’s --disable-features and src/cli/browser.ts’s').toBe(2);
    const [playwrights, last] = lists;
    expect(
      playwrights.filter((feature) => !last.includes(feature)),
      'features Playwright turns off that src/cli/browser.ts no longer repeats: add them to PLAYWRIGHT_DISABLED_FEATURES',
    ).toEqual([]);
  });

  it('opens a new context with no page of its own beside the tab (the address bar’s drop-down costs a renderer)', async () => {
    const browser = await workerBrowser();
    const page = await browser.newPage();
    try {
      await page.goto('data:text/html,<title>A page</title><p>A page.</p>');
      // The drop-down is loaded for a new window after the tab: give it the time it took before.
      await page.waitForTimeout(500);
      const session = await browser.newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
      await session.detach();
      expect(
        targetInfos.filter((target) => target.url.startsWith('chrome://')).map((target) => target.url),
        'pages Chromium opened for its own interface: turn their features off in src/cli/browser.ts',
      ).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
