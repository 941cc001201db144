import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ANOTHER_HOST, underBasePathBuild } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { readQuotesOnRecord, type QuoteFile } from '../helpers/content-files.ts';

const siteDir = inject('siteDir');
const site = 'https://on-the-record.example';
const COLLECTIONS = ['sources', 'stakeholders', 'claims', 'quotes', 'events'] as const;

type Exported = Record<string, unknown> & { id: string; permalink: string };
let archive: Record<(typeof COLLECTIONS)[number], Exported[]> & { $schema: string };
let schema: { $id: string; properties: Record<string, { items: { properties: Record<string, unknown> } }> };
let quotes: QuoteFile[];

const readJson = async (dir: string, file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8'));
/** The built page a permanent address points to. */
const pageAt = (permalink: string) => readPage(siteDir, new URL(permalink).pathname);

beforeAll(async () => {
  archive = await readJson(siteDir, 'data/archive.json');
  schema = await readJson(siteDir, 'data/archive.schema.json');
  quotes = await readQuotesOnRecord();
});

describe('the open data export', () => {
  it('validates against the JSON Schema it names, published beside it', () => {
    expect(archive.$schema).toBe(`${site}/data/archive.schema.json`);
    expect(schema.$id).toBe(archive.$schema);
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(archive), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('holds every entry of every collection, each at a permanent address with a page', async () => {
    expect(archive.quotes.map((q) => q.id).sort()).toEqual(quotes.map((q) => q.id).sort());
    for (const collection of COLLECTIONS) {
      expect(archive[collection].length, collection).toBeGreaterThan(0);
      for (const entry of archive[collection]) {
        expect(entry.permalink).toBe(`${site}/${collection}/${entry.id}/`);
        expect((await pageAt(entry.permalink)).querySelector('h1'), entry.permalink).not.toBeNull();
      }
    }
  });

  it('gives each quote’s words exactly as its page does, and its references as ids', async () => {
    for (const quote of archive.quotes) {
      const page = await pageAt(quote.permalink);
      expect(page.querySelector('#quotation')?.textContent?.trim(), quote.id).toBe(quote.text);
      expect(page.querySelector(`dl.facts a[href="/stakeholders/${quote.speaker}/"]`), quote.id).not.toBeNull();
    }
    const remarks = archive.quotes.find((q) => q.id === 'patel-not-acceptable')!;
    expect(remarks).toMatchObject({
      speaker: 'priti-patel',
      onBehalfOf: 'home-office',
      event: 'nspcc-roundtable-2021-04-19',
      date: { iso: '2021-04-19', precision: 'day' },
    });
    expect(archive.sources.find((s) => s.id === 'eandt-moral-duty-2021')!.published).toEqual({
      iso: '2021-04',
      precision: 'month',
    });
  });

  it('gives the quotes as CSV that reads back to the same words as the JSON', async () => {
    const rows: Record<string, string>[] = parse(await readFile(path.join(siteDir, 'data/quotes.csv'), 'utf8'), {
      columns: true,
    });
    expect(rows).toHaveLength(archive.quotes.length);
    for (const row of rows) {
      const quote = archive.quotes.find((q) => q.id === row.id)!;
      expect(row.text).toBe(quote.text);
      expect(row.permalink).toBe(quote.permalink);
      expect(row.speaker).toBe(quote.speaker);
    }
  });

  it('is documented field by field on the data page, as the schema publishes it', async () => {
    const page = await readPage(siteDir, '/about/data/');
    for (const collection of COLLECTIONS) {
      const table = page.querySelector(`table[data-collection="${collection}"]`)!;
      for (const field of Object.keys(schema.properties[collection].items.properties)) {
        const row = table.querySelector(`tr[data-field="${field}"]`);
        expect(row, `${collection}.${field}`).not.toBeNull();
        expect(visibleText(row!.querySelector('td:last-child')), `${collection}.${field}`).not.toBe('');
      }
    }
    const csvColumns = [...page.querySelectorAll('table[data-csv] tr[data-column]')].map((r) =>
      r.getAttribute('data-column'),
    );
    const header = (await readFile(path.join(siteDir, 'data/quotes.csv'), 'utf8')).split('\r\n')[0];
    expect(csvColumns.join(',')).toBe(header);
  });
});

describe('the open data and feeds of a site served under a base path', () => {
  it('give permanent addresses under that path', async () => {
    const build = await underBasePathBuild();
    expect(build.code, build.output).toBe(0);
    const data = await readJson(build.outDir, 'data/archive.json');
    expect(data.$schema).toBe(`${ANOTHER_HOST}/archive/data/archive.schema.json`);
    expect(data.quotes[0].permalink).toMatch(`${ANOTHER_HOST}/archive/quotes/`);
    const feed = await readFile(path.join(build.outDir, 'feed.xml'), 'utf8');
    expect(feed).toContain(`<link>${ANOTHER_HOST}/archive/quotes/`);
    const home = await readPage(build.outDir, '/');
    expect(home.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe('/archive/feed.xml');
  });
});
