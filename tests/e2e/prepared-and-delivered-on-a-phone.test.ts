import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPages, listProblems, WCAG_AA, type SiteAudit } from '../helpers/audit-pages.ts';
import { preparedAndDeliveredBuild } from '../helpers/shared-builds.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

// The invented record of prepared and delivered words (tests/fixtures/prepared-and-delivered/,
// whose README lists its cases), which every-page-in-a-browser does not build.
const PAGES = [
  '/quotes/minister-prepared/',
  '/quotes/minister-delivered/',
  '/events/the-speech/',
  '/sources/',
  '/claims/companies-must-act/',
  '/stakeholders/pollster/',
];
let browser: Browser;
let served: Served;
let audit: SiteAudit;

beforeAll(async () => {
  const build = await preparedAndDeliveredBuild();
  expect(build.code, build.output).toBe(0);
  [browser, served] = await Promise.all([workerBrowser(), serveStatic(build.outDir)]);
  audit = await auditPages(browser, served.url, PAGES, [
    { colorScheme: 'light', width: 1280, rules: WCAG_AA },
    { colorScheme: 'dark', width: 390, rules: WCAG_AA },
  ]);
}, 600_000);

afterAll(async () => {
  await (await withoutScripts)?.context().close();
  await served?.close();
});

/** A tab without JavaScript, opened once: a new tab starts a renderer of its own. */
let withoutScripts: Promise<Page> | undefined;

/** Where the prepared and the delivered column of the event page's first row sit, at a width. */
async function columns(width: number) {
  withoutScripts ??= browser.newPage({ javaScriptEnabled: false });
  const tab = await withoutScripts;
  await tab.setViewportSize({ width, height: 900 });
  await tab.goto(new URL('/events/the-speech/', served.url).href);
  const row = tab.locator('[data-passage-row]').nth(1);
  const [prepared, delivered] = await Promise.all([
    row.locator('.prepared-column').boundingBox(),
    row.locator('.delivered-column').boundingBox(),
  ]);
  const pageWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
  return { prepared: prepared!, delivered: delivered!, pageWidth };
}

describe('prepared and delivered words in a browser', () => {
  it('pass axe-core at WCAG 2.2 AA, light at desktop width and dark on a phone', () => {
    expect(listProblems(audit.pages, 'accessibility')).toBe('');
    expect(listProblems(audit.pages, 'keyboard')).toBe('');
  });

  it('stand side by side on a wide screen without JavaScript', async () => {
    const { prepared, delivered } = await columns(1280);
    expect(delivered.x).toBeGreaterThan(prepared.x + prepared.width - 1);
    expect(Math.abs(delivered.y - prepared.y)).toBeLessThan(2);
  });

  it('stand one above the other on a phone, with nothing to scroll sideways', async () => {
    const { prepared, delivered, pageWidth } = await columns(390);
    expect(delivered.y).toBeGreaterThanOrEqual(prepared.y + prepared.height - 1);
    expect(pageWidth).toBeLessThanOrEqual(390);
  });
});
