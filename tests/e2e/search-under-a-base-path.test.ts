import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { underBasePathBuild } from '../helpers/shared-builds.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { resultPaths } from '../helpers/search.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  const build = await underBasePathBuild();
  if (build.code !== 0) throw new Error(`the build under /archive/ failed:\n${build.output}`);
  [browser, site] = await Promise.all([workerBrowser(), serveStatic(build.outDir, '/archive/')]);
});
afterAll(async () => {
  await site?.close();
});

describe('the site built to be served under /archive/', () => {
  it('searches from its own index and links results under /archive/', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/archive/')) outside.push(request.url());
    });
    await page.goto(`${site.url}quotes/`);
    await page.locator('#site-search').fill('guardrail');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/archive\/search\/\?q=guardrail$/);
    expect((await resultPaths(page))[0]).toBe('/archive/quotes/wanless-government-must-be-the-guardrail/');
    await page.locator('.search-result-title a').first().click();
    await page.locator('#quotation mark.pagefind-highlight').first().waitFor();
    expect(outside.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
    await page.close();
  });
});
