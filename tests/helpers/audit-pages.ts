import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright-core';

/**
 * axe-core's source, put into every page before it loads. (`@axe-core/playwright` injects it anew
 * for each check, which took 3–5 s a page on the shared test machine; this takes under 1 s.)
 */
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** How a reader looks at the site: colour scheme and window width. */
export interface Viewing {
  colorScheme: 'light' | 'dark';
  width: number;
  /** The axe rules to run in this viewing. */
  rules: RunOptions['runOnly'];
}

/** WCAG 2.2 level AA, and the A and AA rules of 2.0 and 2.1 it includes. */
export const WCAG_AA: RunOptions['runOnly'] = {
  type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
};

/**
 * Best-practice rules run with WCAG: landmarks around all content, one main, one h1, and a skip
 * link that leads somewhere.
 */
const STRUCTURE_RULES = ['region', 'landmark-one-main', 'landmark-unique', 'page-has-heading-one', 'skip-link'];

/** The WCAG rules whose outcome changes with colour scheme or window width. */
export const RENDERING_RULES: RunOptions['runOnly'] = {
  type: 'rule',
  values: ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'meta-viewport'],
};

/**
 * The four viewings every audit of the site uses: all of WCAG 2.2 AA in two viewings that
 * between them cover both colour schemes and both widths; in the other two, the rules whose
 * outcome depends on colours and layout.
 */
export const SITE_VIEWINGS: Viewing[] = [
  { colorScheme: 'light', width: 1280, rules: WCAG_AA },
  { colorScheme: 'dark', width: 1280, rules: RENDERING_RULES },
  { colorScheme: 'dark', width: 390, rules: WCAG_AA },
  { colorScheme: 'light', width: 390, rules: RENDERING_RULES },
];

/**
 * Every page of the site is looked at in the first viewing, all of WCAG 2.2 AA; the largest page
 * of each template (`templateSamples`) in all four. Colour scheme and width act through the
 * template and the stylesheet, which every page of a kind shares, while what differs from page to
 * page (names, links, tables, alterations) shows in the first viewing. On the fixture record,
 * idle: all four viewings on every page took 161 s; this, with the layout rules once per kind
 * (`auditPages`), about 75 s.
 */
export const EVERY_PAGE_VIEWINGS: Viewing[] = SITE_VIEWINGS.slice(0, 1);

/**
 * The template a page address is made from: an entry's last segment stands for all its kind's
 * (`/quotes/patel-moral-duty/` → `/quotes/[entry]/`); pages with one segment or none are their own.
 */
export function pageTemplate(address: string): string {
  const segments = address.split('/').filter(Boolean);
  return segments.length < 2 ? address : `/${[...segments.slice(0, -1), '[entry]'].join('/')}/`;
}

/** The largest page of each template: the one with the most of what its template can show. */
export function templateSamples(pages: { address: string; bytes: number }[]): string[] {
  const largest = new Map<string, { address: string; bytes: number }>();
  for (const page of pages) {
    const template = pageTemplate(page.address);
    if ((largest.get(template)?.bytes ?? -1) < page.bytes) largest.set(template, page);
  }
  return [...largest.values()].map((p) => p.address);
}

/** The name of a viewing in messages: `dark 390px`. */
export function viewingName(viewing: Viewing): string {
  return `${viewing.colorScheme} ${viewing.width}px`;
}

/** What one page did wrong; every entry is a line a person can act on. */
export interface PageAudit {
  page: string;
  /** The viewings it was looked at in (`viewingName`). */
  viewings: string[];
  /** Accessibility failures, each prefixed with the viewing it showed in. */
  accessibility: string[];
  /** Keyboard stops without a visible focus indicator, or a missing skip link. */
  keyboard: string[];
  policyViolations: string[];
  foreignRequests: string[];
}

export interface SiteAudit {
  pages: PageAudit[];
  /** Cookies the browser holds after visiting every page. */
  cookies: string[];
}

declare global {
  interface Window {
    /** Content-Security-Policy violations seen since the page started loading. */
    __policyViolations: string[];
    /** An element's kind (`defineElementKind`). */
    __elementKind: (el: Element) => string;
  }
}

/**
 * An element's kind: its tag and classes with those of every ancestor, and whether it is the link
 * to the current page, which the stylesheet marks; what the stylesheet gives a colour, a size, a
 * place and a focus style by. Put into every page, for the checks below.
 */
function defineElementKind(): void {
  window.__elementKind = (el) => {
    let path = '';
    for (let at: Element | null = el; at && at !== document.documentElement; at = at.parentElement)
      path += `${at.localName}.${at.className}${at.hasAttribute('aria-current') ? '[current]' : ''} < `;
    return path;
  };
}

/** Collects every `securitypolicyviolation` event from the first moment of each page. */
function listenForPolicyViolations(): void {
  window.__policyViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    const what = e.blockedURI === 'inline' ? 'an inline script or style' : e.blockedURI;
    const fix = e.blockedURI === 'inline' ? '; let Astro bundle it from src/ so that the policy carries its hash' : '';
    window.__policyViolations.push(`${e.effectiveDirective} refused ${what}${where}${fix}`);
  });
}

/**
 * One line per element that fails an axe rule: rule, what it means, where, and how to fix it.
 * `skip` names rules of `runOnly` left out this time.
 */
async function checkAccessibility(page: Page, runOnly: RunOptions['runOnly'], skip: string[] = []): Promise<string[]> {
  const results: AxeResults = await page.evaluate(
    ([runOnly, extra, skip]) => {
      const rules = Object.fromEntries([
        ...extra.map((id) => [id, { enabled: true }]),
        ...skip.map((id) => [id, { enabled: false }]),
      ]);
      return (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly,
        rules,
        resultTypes: ['violations'],
      });
    },
    [runOnly, runOnly === WCAG_AA ? STRUCTURE_RULES : [], skip] as const,
  );
  return results.violations.flatMap((rule) =>
    rule.nodes.map((node) => {
      const fix = node.failureSummary?.split('\n').slice(1, 2).join('').trim();
      return `${rule.id} (${rule.help}) at ${node.target.join(' ')}: ${fix} — ${rule.helpUrl}`;
    }),
  );
}

/**
 * Tabs into the page as a keyboard user does (the first stop must be the skip link), then moves
 * focus to every kind of link, button and field in turn (`defineElementKind`); each must show a
 * focus outline or ring. The fifty links of one list share their focus style, so the first of them
 * stands for the rest (a third of the audit's time went to focusing each).
 */
async function checkKeyboardFocus(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const describe = (el: Element) => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
    const problems: string[] = [];
    const first = document.activeElement;
    const target =
      first?.getAttribute('href')?.startsWith('#') && document.getElementById(first.getAttribute('href')!.slice(1));
    if (!first?.matches('a.skip-link') || !target)
      problems.push(
        `the first Tab stop is ${first ? describe(first) : 'nothing'}, not a skip link to the main content`,
      );
    const stops = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    const kindsSeen = new Set<string>();
    for (const el of stops) {
      // A hidden element is no keyboard stop: the search page keeps its filters `visibility:
      // hidden` until their counts are in, which on a busy machine may be after this check.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const elKind = window.__elementKind(el);
      if (kindsSeen.has(elKind)) continue;
      kindsSeen.add(elKind);
      el.focus({ preventScroll: true });
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      if (!outlined && style.boxShadow === 'none')
        problems.push(`${describe(el)} shows no focus indicator; give it a :focus-visible outline`);
    }
    return problems;
  });
}

/**
 * The kinds of element a page shows as it is now laid out (`defineElementKind`): only those
 * rendered, since axe checks no hidden element, and a kind hidden on one page (a closed panel, a
 * control shown at another width) must still be checked where it shows.
 */
function elementKinds(): string[] {
  const shown = [...document.body.querySelectorAll('*')].filter((el) =>
    el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
  );
  return [...new Set(shown.map((el) => window.__elementKind(el)))];
}

/**
 * The rules whose outcome the stylesheet decides for each kind of element (`elementKinds`):
 * contrast, links told apart from the text around them, and the size of targets. With
 * `layoutOncePerKind`, a page gets them in a viewing only if it shows a kind of element that no
 * page audited before it showed in that viewing; every other rule runs on every page. So every
 * kind of element the site has is checked for them, once, and what each page holds of its own
 * (names, alt text, labels, headings, tables, landmarks, what scrolls) on every page, and axe's
 * run takes some 60 % less time. Audit the largest page of each template first
 * (`templateSamples`): it shows the most kinds.
 */
const LAYOUT_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

/**
 * Opens every page once and looks at it in each of its viewings (switching colour scheme and width
 * in place, which is far quicker than loading it again), recording what a reader's browser would
 * notice: accessibility failures, refused scripts or styles, requests to other hosts. `viewings`
 * is the same list for every page, or a page's own.
 */
export async function auditPages(
  browser: Browser,
  siteUrl: string,
  /** Addresses of the pages, from the root of the host (base path included). */
  pages: string[],
  viewings: Viewing[] | ((page: string) => Viewing[]),
  { layoutOncePerKind = false } = {},
): Promise<SiteAudit> {
  const viewingsOf = typeof viewings === 'function' ? viewings : () => viewings;
  /** For each viewing (by name), the kinds of element the layout rules have been run on. */
  const kindsChecked = new Map<string, Set<string>>();
  const origin = new URL(siteUrl).origin;
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(listenForPolicyViolations);
  await tab.addInitScript(defineElementKind);
  await tab.addInitScript(axeSource);
  let foreign: string[] = [];
  // Chromium sends a request for another host to a closed port (see launchBrowser's flags), so it
  // fails at once; it is recorded here as it leaves.
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  // Colour scheme and width are set only when they change: each setting is a round trip to the browser.
  let shown: Viewing | undefined;
  const show = async (viewing: Viewing) => {
    if (shown?.colorScheme !== viewing.colorScheme) await tab.emulateMedia({ colorScheme: viewing.colorScheme });
    if (shown?.width !== viewing.width) await tab.setViewportSize({ width: viewing.width, height: 900 });
    shown = viewing;
  };
  const audits: PageAudit[] = [];
  for (const page of pages) {
    foreign = [];
    const pageViewings = viewingsOf(page);
    await show(pageViewings[0]);
    await tab.goto(new URL(page, siteUrl).href, { waitUntil: 'load' });
    const accessibility: string[] = [];
    for (const viewing of pageViewings) {
      await show(viewing);
      const kinds = layoutOncePerKind ? await tab.evaluate(elementKinds) : [];
      const checked = kindsChecked.get(viewingName(viewing)) ?? new Set<string>();
      kindsChecked.set(viewingName(viewing), checked);
      const skip = layoutOncePerKind && kinds.every((k) => checked.has(k)) ? LAYOUT_RULES : [];
      if (skip.length === 0) for (const k of kinds) checked.add(k);
      const found = await checkAccessibility(tab, viewing.rules, skip);
      accessibility.push(...found.map((problem) => `${viewingName(viewing)}: ${problem}`));
    }
    const keyboard = await checkKeyboardFocus(tab);
    const policyViolations = await tab.evaluate(() => window.__policyViolations);
    audits.push({
      page,
      viewings: pageViewings.map(viewingName),
      accessibility,
      keyboard,
      policyViolations,
      foreignRequests: foreign,
    });
  }
  const cookies = (await context.cookies()).map((c) => `${c.name} (${c.domain})`);
  await context.close();
  return { pages: audits, cookies };
}

/** Problems of one kind as lines `page: problem`, empty when there are none. */
export function listProblems(
  audits: PageAudit[],
  kind: 'accessibility' | 'keyboard' | 'policyViolations' | 'foreignRequests',
): string {
  return audits.flatMap((a) => a[kind].map((problem) => `${a.page}: ${problem}`)).join('\n');
}
