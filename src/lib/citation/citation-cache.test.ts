import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCitations, cacheKeyOf } from './citation-cache.ts';
import { formatCitations } from './format-citations.ts';
import type { CslItem } from './csl-item.ts';

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
});
