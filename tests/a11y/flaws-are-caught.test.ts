import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/cli/site-check/check-links.ts';
import { readBuiltSite } from '../../src/cli/read-built-site.ts';
import { auditPages, listProblems, WCAG_AA, type SiteAudit } from '../helpers/audit-pages.ts';
import { projectRoot } from '../helpers/paths.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

/**
 * A built folder whose home page has a broken link, a script from another host, an image
 * without alt text, no skip link and a link whose focus is invisible; one other page runs an
 * inline script its policy does not allow, and another has words too pale to read.
 */
const flawedSite = path.join(projectRoot, 'tests/fixtures/flawed-site');
let browser: Browser;
let served: Served;
let audit: SiteAudit;

beforeAll(async () => {
  [browser, served] = await Promise.all([workerBrowser(), serveStatic(flawedSite)]);
  audit = await auditPages(
    browser,
    served.url,
    ['/', '/inline-script/'],
    [{ colorScheme: 'light', width: 1280, rules: WCAG_AA }],
  );
});

afterAll(async () => {
  await served?.close();
});

describe('the site checks, given pages with the flaws they exist to catch', () => {
  it('the link checker names the page, the broken link and the foreign script', async () => {
    const site = await readBuiltSite(flawedSite, { site: 'https://record.example', base: '/' });
    expect(formatLinkProblems(checkLinks(site))).toBe(
      [
        '/: a href "/quotes/gone/" leads to /quotes/gone/, which the build does not produce; fix the link or the page it should lead to',
        '/: script src "https://cdn.example.net/analytics.js" is loaded from another host; serve the file from this site (public/ or src/) instead',
      ].join('\n'),
    );
  });

  it('the browser reports the request the script makes to another host', () => {
    expect(listProblems(audit.pages, 'foreignRequests')).toBe('/: script https://cdn.example.net/analytics.js');
  });

  it('axe-core reports the image without alt text, saying where it is', () => {
    expect(listProblems(audit.pages, 'accessibility')).toMatch(
      /^\/: light 1280px: image-alt \(Images must have alternative text\) at img: .*$/m,
    );
  });

  it('axe-core reports words too pale to read on a page that shows a kind of element no page before it did, though it checks contrast once per kind', async () => {
    // The page before holds the same kind of element hidden, which axe does not check: it must not
    // count as checked.
    const once = await auditPages(
      browser,
      served.url,
      ['/inline-script/', '/pale-words-hidden/', '/pale-words/'],
      [{ colorScheme: 'light', width: 1280, rules: WCAG_AA }],
      { layoutOncePerKind: true },
    );
    expect(listProblems(once.pages, 'accessibility')).toMatch(
      /^\/pale-words\/: light 1280px: color-contrast \(.*\) at p: Element has insufficient color contrast of 1\.67/m,
    );
  });

  it('the keyboard check reports the missing skip link and a link whose focus cannot be seen', () => {
    expect(listProblems(audit.pages, 'keyboard').split('\n')).toEqual([
      '/: the first Tab stop is <a href="/quotes/gone/">, not a skip link to the main content',
      '/: <a href="/quotes/gone/"> shows no focus indicator; give it a :focus-visible outline',
      '/inline-script/: the first Tab stop is <body>, not a skip link to the main content',
    ]);
  });

  it('the browser reports a script the Content-Security-Policy refuses', () => {
    expect(listProblems(audit.pages, 'policyViolations')).toMatch(
      /^\/inline-script\/: script-src-elem refused an inline script or style at http:\/\/127\.0\.0\.1:\d+\/inline-script\/:11; let Astro bundle it/,
    );
  });
});
