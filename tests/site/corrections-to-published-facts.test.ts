import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIGIT_OUTLET, OUTLET_DROPPED } from '../helpers/amended-record.ts';
import { amendedRecordBuild, brokenRecordBuild } from '../helpers/shared-builds.ts';
import { fixtureRecord } from '../helpers/paths.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { siteUrl } from '../../src/settings.ts';

const ID = OUTLET_DROPPED;

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: string;
}

describe('an outlet dropped from a published quote', () => {
  it('is refused with no correction naming the outlets', async () => {
    // In the broken record (tests/helpers/broken-record.ts), DIGIT is dropped from the quote's
    // outlets with a correction of its words: that does not excuse a change of the outlets.
    expect(await readFile(path.join(fixtureRecord, `quotes/${ID}.yaml`), 'utf8')).toMatch(DIGIT_OUTLET);
    const refused = await brokenRecordBuild();
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(
      /patel-blinding-itself-to-the-problem\.yaml → variants: the outlets that printed this quote \(its variants\) changed since it was recorded in quote-hashes\.json \(digit-2021-04 removed\), and no correction with field: outlets says so\. Add under corrections: in this file:\n {6}- date: \d{4}-\d{2}-\d{2}\n {8}field: outlets\n {8}changed: .*\n {8}reason: .*\n {2}then run `npm run record`/,
    );
  });

  it('shows, once corrected, on the quote page, /corrections/, the feed and the open data', async () => {
    const build = await amendedRecordBuild();
    expect(build.code, build.output).toBe(0);

    const page = await readPage(build.outDir, `/quotes/${ID}/`);
    const onPage = page.querySelector('.corrections #correction-1');
    expect(onPage?.getAttribute('data-field')).toBe('outlets');
    expect(visibleText(onPage)).toBe(
      'Correction to the outlets that printed it, 26 November 2026: DIGIT removed from the outlets that printed it Why: a test: DIGIT is said to print only the first passage',
    );

    const list = await readPage(build.outDir, '/corrections/');
    const entry = list.querySelector(`[data-correction="${ID}"]`);
    expect(entry?.getAttribute('data-field')).toBe('outlets');
    expect(visibleText(entry)).toMatch(
      /^Correction to the outlets that printed it, 26 November 2026: Priti Patel: “blinding itself to the problem” DIGIT removed from the outlets that printed it Why: a test/,
    );
    expect(entry?.querySelector('a')?.getAttribute('href')).toBe(`/quotes/${ID}/#correction-1`);

    const xml = await readFile(path.join(build.outDir, 'feed.xml'), 'utf8');
    const items: FeedItem[] = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item;
    const link = `${new URL(`/quotes/${ID}/`, siteUrl).href}#correction-1`;
    const item = items.find((i) => i.link === link);
    expect(item?.title).toMatch(/^Correction to the outlets that printed it: Priti Patel: “/);
    expect(item?.description).toMatch(
      /^<p>Correction to the outlets that printed it, 26 November 2026: DIGIT removed from the outlets that printed it<\/p><p>Why: a test/,
    );
    expect(new Date(item!.pubDate!).toISOString()).toBe('2026-11-26T00:00:00.000Z');

    const archive = JSON.parse(await readFile(path.join(build.outDir, 'data/archive.json'), 'utf8'));
    const exported = archive.quotes.find((q: { id: string }) => q.id === ID);
    expect(exported.corrections).toEqual([
      expect.objectContaining({ field: 'outlets', date: { iso: '2026-11-26', precision: 'day' } }),
    ]);
    const schema = JSON.parse(await readFile(path.join(build.outDir, 'data/archive.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(archive), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(JSON.stringify(schema)).toMatch(/"field":\{[^}]*"enum":\["text","date","speaker","source","outlets"\]/);
  });
});
