import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../src/cli/browser.ts';
import { serveStatic, type Served } from './serve.ts';

let launched: Promise<Browser> | undefined;

/**
 * The Chromium of this Vitest worker, started by the first file that asks and kept for the files
 * after it: a worker keeps its modules from one file to the next (`isolate: false`), and a start
 * costs some 1.6 s of CPU, paid about twenty times a run when every file started its own. A test
 * isolates itself with a context of its own (`browser.newPage()` makes one), never by closing the
 * browser; Playwright closes it when the worker exits.
 */
export function workerBrowser(): Promise<Browser> {
  launched ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => (launched = undefined));
    return browser;
  });
  return launched;
}

/** Where the site to serve is: a folder, or a build that gives one when it is done. */
type SiteDir = string | (() => Promise<string>);

/**
 * The worker's Chromium and a static host over a built site (the fixture record by default),
 * started before the tests of a file and stopped after them, with one tab for the file's tests to
 * navigate. A new tab starts a renderer process of its own: about 0.7 s of CPU to open a quote
 * page in one, 1.9 s for the search page, against 0.25 s and 1.2 s to load them again in a tab
 * already open (measured on the fixture site, in a new context). A test that listens to a page's
 * requests or errors, routes them, or must begin cold (a slow connection, the first paint) opens
 * its own with `browser.newPage()`.
 */
export function useBrowserOnSite(dir?: SiteDir): { browser: Browser; site: Served; tab: Page } {
  const running = {} as { browser: Browser; site: Served; tab: Page };
  beforeAll(async () => {
    const folder = typeof dir === 'function' ? await dir() : (dir ?? inject('siteDir'));
    [running.browser, running.site] = await Promise.all([workerBrowser(), serveStatic(folder)]);
    running.tab = await running.browser.newPage();
  });
  afterAll(async () => {
    await running.tab?.context().close();
    await running.site?.close();
  });
  return running;
}
