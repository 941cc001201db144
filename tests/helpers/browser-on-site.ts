import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../src/cli/browser.ts';
import { serveStatic, type Served } from './serve.ts';

/**
 * One Chromium and one static host over a built site (the real record by default), started
 * before the tests of a file and stopped after them.
 */
export function useBrowserOnSite(dir?: string): { browser: Browser; site: Served } {
  const running = {} as { browser: Browser; site: Served };
  beforeAll(async () => {
    [running.browser, running.site] = await Promise.all([launchBrowser(), serveStatic(dir ?? inject('siteDir'))]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.site?.close();
  });
  return running;
}
