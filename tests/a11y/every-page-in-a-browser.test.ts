import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAddress } from '../../src/cli/site-check/check-links.ts';
import { listBuiltFiles } from '../../src/cli/read-built-site.ts';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { workerBrowser } from '../helpers/browser-on-site.ts';
import {
  auditPages,
  EVERY_PAGE_VIEWINGS,
  listProblems,
  pageTemplate,
  SITE_VIEWINGS,
  templateSamples,
  viewingName,
  type SiteAudit,
} from '../helpers/audit-pages.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { secondEventBuild } from '../helpers/shared-builds.ts';

/**
 * The site audited is the fixture record with the second event laid over it
 * (tests/fixtures/second-event/): every page the fixture record makes, and the pages of the debate
 * over years with their grids, lines and tables filled, which the fixture record alone would
 * leave nearly empty. One audit of this build replaces an audit of each (the a11y project alone,
 * two runs each, idle: 181 and 172 s of CPU before, 168 and 156 after).
 */
let siteDir: string;

/**
 * The pages that read the debate over years, looked at in all four viewings whatever their size:
 * each shows what only a record of more than one event makes (lines of positions over years, a
 * stakeholder's changed role, an undated letter).
 */
const DEBATE_PAGES = [
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
/** Every built page, whatever issue added it: found by walking the built folder. */
let pages: string[];
/** The largest page of each template, looked at in the other three viewings too. */
let samples: string[];
/** The samples and the pages of the debate over years. */
let inEveryViewing: Set<string>;
let audit: SiteAudit;

beforeAll(async () => {
  const build = await secondEventBuild();
  expect(build.code, build.output).toBe(0);
  siteDir = build.outDir;
  const files = (await listBuiltFiles(siteDir)).filter((f) => f.endsWith('.html'));
  pages = files.map((f) => pageAddress(f, '/'));
  const sizes = await Promise.all(files.map((f) => stat(path.join(siteDir, f)).then((s) => s.size)));
  samples = templateSamples(pages.map((address, i) => ({ address, bytes: sizes[i] })));
  [browser, served] = await Promise.all([workerBrowser(), serveStatic(siteDir)]);
  // The samples first: they show the most kinds of element (see auditPages' layoutOncePerKind).
  inEveryViewing = new Set([...samples, ...DEBATE_PAGES]);
  const order = [...inEveryViewing, ...pages.filter((p) => !inEveryViewing.has(p))];
  const audited = await auditPages(
    browser,
    served.url,
    order,
    (page) => (inEveryViewing.has(page) ? SITE_VIEWINGS : EVERY_PAGE_VIEWINGS),
    { layoutOncePerKind: true },
  );
  // Reported in the order of the built files.
  audit = { ...audited, pages: pages.map((p) => audited.pages.find((a) => a.page === p)!) };
}, 900_000);

afterAll(async () => {
  await served?.close();
});

describe('every page of the archive in Chromium', () => {
  it('covers every built page, the 404 page included', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages).toContain('/404.html');
    expect(pages).toContain('/quotes/patel-moral-duty/');
    expect(audit.pages.map((p) => p.page)).toEqual(pages);
  });

  it('looks at every page at the desktop width in the light scheme, and the largest of each template in the dark scheme and at a phone’s width too', () => {
    expect(new Set(samples.map(pageTemplate))).toEqual(new Set(pages.map(pageTemplate)));
    expect(samples).toContain('/timeline/');
    expect(samples.filter((p) => p.startsWith('/quotes/'))).toHaveLength(2); // the list and one quote page
    const everyViewing = SITE_VIEWINGS.map(viewingName);
    for (const page of audit.pages)
      expect(page.viewings, page.page).toEqual(inEveryViewing.has(page.page) ? everyViewing : [everyViewing[0]]);
  });

  it('looks at the pages of the debate over years in every viewing', () => {
    expect(pages).toEqual(expect.arrayContaining(DEBATE_PAGES));
    for (const page of DEBATE_PAGES)
      expect(audit.pages.find((a) => a.page === page)?.viewings).toEqual(SITE_VIEWINGS.map(viewingName));
  });

  it('passes axe-core at WCAG 2.2 AA in light and dark schemes, at phone and desktop widths', () => {
    expect(listProblems(audit.pages, 'accessibility')).toBe('');
  });

  it('can be used by keyboard: a skip link first, then a visible focus indicator on every link, button and field', () => {
    expect(listProblems(audit.pages, 'keyboard')).toBe('');
  });

  it('runs no script or style that the Content-Security-Policy refuses', () => {
    expect(listProblems(audit.pages, 'policyViolations')).toBe('');
  });

  it('requests nothing from any other host: no fonts, scripts, styles, images or analytics', () => {
    expect(listProblems(audit.pages, 'foreignRequests')).toBe('');
  });

  it('sets no cookie', () => {
    expect(audit.cookies).toEqual([]);
  });
});
