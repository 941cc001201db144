import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { pageAddress } from '../../src/cli/site-check/check-links.ts';
import { listBuiltFiles } from '../../src/cli/read-built-site.ts';
import { siteUrl } from '../../src/settings.ts';
import { projectRoot } from '../helpers/paths.ts';
import { readPage } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const validator = new HtmlValidate(htmlValidateConfig);
/** Every built page, found by walking the built folder: `{ file, address }`. */
let pages: { file: string; address: string }[];

beforeAll(async () => {
  const files = (await listBuiltFiles(siteDir)).filter((f) => f.endsWith('.html'));
  pages = files.map((file) => ({ file, address: pageAddress(file, '/') }));
});

/** `page:line:column rule: message` for everything html-validate finds in one HTML file. */
async function validate(file: string, address: string): Promise<string[]> {
  const report = await validator.validateString(await readFile(file, 'utf8'), file);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${address}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

/** Values used by more than one page, each with the pages that share it. */
function findShared(values: { address: string; value: string }[]): string[] {
  const byValue = Map.groupBy(values, (v) => v.value);
  return [...byValue]
    .filter(([, v]) => v.length > 1)
    .map(([value, v]) => `"${value}" on ${v.map((p) => p.address).join(', ')}`);
}

/** The URLs a sitemap file lists. */
async function readLocations(file: string): Promise<string[]> {
  return [...(await readFile(file, 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
}

describe('the HTML of every built page', () => {
  it('is valid by html-validate’s recommended and document rules', async () => {
    const problems = await Promise.all(pages.map((p) => validate(path.join(siteDir, p.file), p.address)));
    expect(problems.flat().join('\n')).toBe('');
  });

  it('has exactly one h1 on every page', async () => {
    const counts = await Promise.all(
      pages.map(async (p) => ({
        address: p.address,
        h1: (await readPage(siteDir, p.file)).querySelectorAll('h1').length,
      })),
    );
    expect(counts.filter((c) => c.h1 !== 1).map((c) => `${c.address} has ${c.h1} h1 elements`)).toEqual([]);
  });

  it('gives every page a title and a meta description of its own', async () => {
    const heads = await Promise.all(
      pages.map(async (p) => {
        const page = await readPage(siteDir, p.file);
        return {
          address: p.address,
          title: page.title,
          description: page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        };
      }),
    );
    expect(heads.filter((h) => !h.title.trim() || !h.description.trim()).map((h) => h.address)).toEqual([]);
    expect(findShared(heads.map((h) => ({ address: h.address, value: h.title })))).toEqual([]);
    expect(findShared(heads.map((h) => ({ address: h.address, value: h.description })))).toEqual([]);
  });

  it('catches an image without alt text, naming the page, line and rule', async () => {
    const file = path.join(projectRoot, 'tests/fixtures/flawed-site/index.html');
    expect(await validate(file, '/')).toContain('/:13:8 wcag/h37: <img> is missing required "alt" attribute');
  });
});

describe('what the archive tells crawlers', () => {
  it('lists every page but the 404 page in the sitemap, at the site URL from src/settings.ts', async () => {
    const [index] = await readLocations(path.join(siteDir, 'sitemap-index.xml'));
    expect(index).toBe(new URL('sitemap-0.xml', siteUrl).href);
    const listed = await readLocations(path.join(siteDir, 'sitemap-0.xml'));
    const expected = pages.filter((p) => p.file !== '404.html').map((p) => new URL(p.address, siteUrl).href);
    expect(listed.toSorted()).toEqual(expected.toSorted());
  });

  it('points crawlers to the sitemap from robots.txt', async () => {
    const robots = await readFile(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', siteUrl).href}`);
    expect(robots).not.toMatch(/Disallow: \/\s/);
  });

  it('offers a search form on the 404 page, and keeps that page out of search engines', async () => {
    const page = await readPage(siteDir, '404.html');
    const form = page.querySelector('main form[role="search"][method="get"]');
    expect(form?.getAttribute('action')).toBe('/search/');
    const input = form?.querySelector('input[name="q"]');
    expect(form?.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Search the record');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    // It is served at whatever address was missing: it must not claim one (there is no /404/).
    expect(page.querySelector('meta[property="og:url"]')).toBeNull();
    expect(page.querySelector('meta[name="DC.identifier"]')).toBeNull();
  });

  it('gives every page an icon that the site serves, so that no browser asks for /favicon.ico in vain', async () => {
    for (const file of ['index.html', '404.html', 'quotes/patel-not-acceptable/index.html']) {
      const page = await readPage(siteDir, file);
      const icon = page.querySelector('link[rel="icon"]')?.getAttribute('href');
      expect(icon, file).toBe('/favicon.svg');
      expect(existsSync(path.join(siteDir, 'favicon.svg')), file).toBe(true);
    }
  });
});
