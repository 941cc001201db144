import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCitations, cacheKeyOf } from './citation-cache.ts';
import { formatCitations } from './format-citations.ts';
import { cslDate, type CslItem } from './csl-item.ts';

const item: CslItem = {
  id: 'q',
  type: 'article-magazine',
  title: 'This is not acceptable.',
  author: [{ family: 'Patel', given: 'Priti' }],
  'container-title': 'E&T (Engineering & Technology)',
  issued: { 'date-parts': [[2021, 4]] },
  URL: 'https://on-the-record.example/quotes/q/',
};

describe('citations kept between builds', () => {
  it('gives the same citations as formatting anew, and keeps them for the next build', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'otr-cite-'));
    expect(await cachedCitations(folder, item)).toEqual(formatCitations(item));
    expect(readdirSync(folder)).toEqual([`${cacheKeyOf(item)}.json`]);
  });

  it('reads a kept entry instead of formatting again', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'otr-cite-'));
    const kept = { styles: { apa: 'kept' }, bibtex: '', ris: '', csljson: '' };
    writeFileSync(path.join(folder, `${cacheKeyOf(item)}.json`), JSON.stringify(kept));
    expect(await cachedCitations(folder, item)).toEqual(kept);
  });

  it('keys a changed item apart, so an edit is never served an old citation', () => {
    expect(cacheKeyOf({ ...item, title: 'This is not acceptable!' })).not.toBe(cacheKeyOf(item));
  });

  // One item of each shape the archive cites: a quote from a news report, a quote known only by
  // the day it was spoken, a source with no address, and a page of the archive.
  const shapes: CslItem[] = [
    { ...item, 'event-date': { 'date-parts': [[2021, 4, 19]] }, archive: 'On the Record', language: 'en' },
    {
      id: 'quote:spoken',
      type: 'document',
      title: 'We will not stand by.',
      author: [{ literal: 'Home Office' }],
      'container-title': 'GOV.UK',
      genre: 'Speech',
      archive: 'On the Record',
      URL: 'https://on-the-record.example/quotes/spoken/',
    },
    { id: 'source:letter', type: 'document', title: '[Untitled letter]', 'container-title': 'A letter' },
    {
      id: 'claim:frontline',
      type: 'webpage',
      title: 'Claim: Private messaging is the frontline',
      'container-title': 'On the Record',
      URL: 'https://on-the-record.example/claims/frontline/',
      language: 'en',
    },
  ];
  const days = ['2026-11-28', '2026-11-29', '2027-01-01', '2011-11-11', '2022-02-22', '2026-12-31'];

  it('gives citations kept on an earlier day the later day’s access date, exactly as formatting anew would', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'otr-cite-'));
    const on = (shape: CslItem, day: string): CslItem => ({
      ...shape,
      accessed: cslDate({ iso: day, precision: 'day' }),
    });
    for (const shape of shapes) await cachedCitations(folder, on(shape, days[0]));
    const kept = readdirSync(folder).filter((file) => !file.startsWith('access-date-'));
    expect(kept).toHaveLength(shapes.length);
    for (const day of days.slice(1)) {
      for (const shape of shapes)
        expect(await cachedCitations(folder, on(shape, day))).toEqual(formatCitations(on(shape, day)));
    }
    // Nothing was formatted again: the only files added say how each day is printed.
    expect(readdirSync(folder).filter((file) => !file.startsWith('access-date-'))).toEqual(kept);
  });

  it('formats anew, with the date itself, an item whose own words hold the stand-in’s year', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'otr-cite-'));
    const odd: CslItem = {
      ...shapes[3],
      title: 'Claim: 1111 reports a year',
      accessed: { 'date-parts': [[2026, 11, 28]] },
    };
    expect(await cachedCitations(folder, odd)).toEqual(formatCitations(odd));
    expect(readdirSync(folder)).toContain(`${cacheKeyOf(odd)}.json`);
  });
});
