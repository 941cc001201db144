import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtureRecord } from '../helpers/paths.ts';
import { readPage } from '../helpers/html.ts';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { listBuiltPaths } from '../../src/lib/permalinks/list-built-paths.ts';

const siteDir = inject('siteDir');
/** The pages of the entries on record: a withdrawn quote's page is not searched (withdrawn-quote.test.ts). */
const recordPages = async () => {
  const withdrawn = (await readQuoteFiles()).filter((q) => q.withdrawn).map((q) => `/quotes/${q.id}/`);
  return (
    await Promise.all(
      ['quotes', 'claims', 'stakeholders', 'sources', 'events'].map(async (collection) =>
        (await readdir(path.join(fixtureRecord, collection))).map(
          (file) => `/${collection}/${file.replace(/\.(yaml|mdx)$/, '')}/`,
        ),
      ),
    )
  )
    .flat()
    .filter((page) => !withdrawn.includes(page));
};

describe('the search index built with the site', () => {
  it('holds every quote, claim, stakeholder, source and event page, and no other page', async () => {
    const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.version).toMatch(/^1\./);
    expect(entry.languages.en.page_count).toBe((await recordPages()).length);
    // The index reads only the entries' pages (search-index.ts): a page of another kind that marked
    // its words for the index would be left out of it, so none may.
    const pages = (await listBuiltPaths(siteDir)).filter((p) => p.endsWith('/'));
    const marked = [];
    for (const page of pages)
      if ((await readPage(siteDir, page)).querySelector('[data-pagefind-body]')) marked.push(page);
    expect(marked.sort()).toEqual((await recordPages()).sort());
  });

  it('indexes a quotation once, on its own page: lists of quotes elsewhere are left out', async () => {
    for (const pagePath of await recordPages()) {
      const page = await readPage(siteDir, pagePath);
      expect(page.querySelector('[data-pagefind-body]'), pagePath).not.toBeNull();
      for (const card of page.querySelectorAll('.card[data-quote]')) {
        expect(
          card.closest('[data-pagefind-ignore]'),
          `${pagePath} lists ${card.getAttribute('data-quote')}`,
        ).not.toBeNull();
      }
    }
    const quotePage = await readPage(siteDir, '/quotes/patel-moral-duty/');
    expect(quotePage.querySelector('[data-pagefind-body] #quotation [data-pagefind-weight]')).not.toBeNull();
  });

  it('gives a quote page its facets and the facts shown with its result', async () => {
    const page = await readPage(siteDir, '/quotes/wanless-government-must-be-the-guardrail/');
    const tags = (attribute: string) =>
      [...page.querySelectorAll(`head meta[${attribute}]`)].map(
        (m) => `${m.getAttribute(attribute)!.replace('[content]', '')}: ${m.getAttribute('content')}`,
      );
    expect(tags('data-pagefind-filter')).toEqual(
      expect.arrayContaining([
        'kind: Quote',
        'speaker: Sir Peter Wanless',
        'organisation: NSPCC',
        'stance: Supports',
        'year: 2021',
        'source: Home Secretary uses ‘moral duty’ argument against end-to-end encryption',
      ]),
    );
    expect(tags('data-pagefind-meta')).toEqual(
      expect.arrayContaining(['speaker: Sir Peter Wanless', 'date: April 2021', 'kind: Quote']),
    );
    expect(tags('data-pagefind-sort')).toEqual(['date: 2021-04']);
  });
});
