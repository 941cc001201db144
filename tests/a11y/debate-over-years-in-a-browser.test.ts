import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPages, listProblems, SITE_VIEWINGS, type SiteAudit } from '../helpers/audit-pages.ts';
import { secondEventBuild } from '../helpers/shared-builds.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

/**
 * The pages that read the debate over years, built from a record of more than one event
 * (tests/fixtures/second-event/, laid over the fixture record), where the fixture record alone
 * would leave their grids, lines and tables nearly empty: every page audit's checks, in the same
 * four viewings (SITE_VIEWINGS), the layout rules on each new kind of element.
 */
const PAGES = [
  '/',
  '/timeline/',
  '/events/',
  '/events/chatterbox-encryption-plan/',
  '/events/children-first-letter/',
  '/claims/',
  '/claims/on-device-scanning-protects-privacy/',
  '/stakeholders/chatterbox/',
  '/stakeholders/dana-rivers/',
  '/sources/children-first-letter-copy/',
];

let browser: Browser;
let served: Served;
let audit: SiteAudit;

beforeAll(async () => {
  const build = await secondEventBuild();
  expect(build.code, build.output).toBe(0);
  [browser, served] = await Promise.all([workerBrowser(), serveStatic(build.outDir)]);
  // Contrast, links in text and target sizes once per kind of element, as for every page.
  audit = await auditPages(browser, served.url, PAGES, SITE_VIEWINGS, { layoutOncePerKind: true });
}, 600_000);

afterAll(async () => {
  await served?.close();
});

describe('the pages of the debate over years, in Chromium', () => {
  it('pass axe-core at WCAG 2.2 AA in light and dark schemes, at phone and desktop widths', () => {
    expect(audit.pages.map((p) => p.page)).toEqual(PAGES);
    expect(listProblems(audit.pages, 'accessibility')).toBe('');
  });

  it('can be used by keyboard, with a visible focus indicator on every link and scrolling table', () => {
    expect(listProblems(audit.pages, 'keyboard')).toBe('');
  });

  it('run nothing the Content-Security-Policy refuses, and request nothing from another host', () => {
    expect(listProblems(audit.pages, 'policyViolations')).toBe('');
    expect(listProblems(audit.pages, 'foreignRequests')).toBe('');
  });
});
