import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAddress } from '../../src/cli/site-check/check-links.ts';
import { listBuiltFiles } from '../../src/cli/read-built-site.ts';
import {
  auditPages,
  listProblems,
  RENDERING_RULES,
  WCAG_AA,
  type SiteAudit,
  type Viewing,
} from '../helpers/audit-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';

/**
 * All of WCAG 2.2 AA in two viewings that between them cover both colour schemes and both
 * widths; in the other two, the rules whose outcome depends on colours and layout.
 */
const VIEWINGS: Viewing[] = [
  { colorScheme: 'light', width: 1280, rules: WCAG_AA },
  { colorScheme: 'dark', width: 1280, rules: RENDERING_RULES },
  { colorScheme: 'dark', width: 390, rules: WCAG_AA },
  { colorScheme: 'light', width: 390, rules: RENDERING_RULES },
];

const siteDir = inject('siteDir');
let browser: Browser;
let served: Served;
/** Every built page, whatever issue added it: found by walking the built folder. */
let pages: string[];
let audit: SiteAudit;

beforeAll(async () => {
  pages = (await listBuiltFiles(siteDir)).filter((f) => f.endsWith('.html')).map((f) => pageAddress(f, '/'));
  [browser, served] = await Promise.all([launchBrowser(), serveStatic(siteDir)]);
  audit = await auditPages(browser, served.url, pages, VIEWINGS);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('every page of the archive in Chromium', () => {
  it('covers every built page, the 404 page included', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages).toContain('/404.html');
    expect(pages).toContain('/quotes/patel-moral-duty/');
    expect(audit.pages.map((p) => p.page)).toEqual(pages);
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
