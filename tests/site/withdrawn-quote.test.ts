import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html.ts';
import { listBuiltPaths } from '../../src/lib/permalinks/list-built-paths.ts';

/**
 * The fixture record holds one withdrawn quote: the NSPCC's "either/or", recorded twice from the
 * same paragraph, withdrawn in favour of `nspcc-either-or`.
 */
const siteDir = inject('siteDir');
const site = 'https://on-the-record.example';
const WITHDRAWN = 'nspcc-either-or-argument';
const page = `/quotes/${WITHDRAWN}/`;
const REASON = 'Recorded twice: the same words, from the same paragraph of the same article';

const read = (file: string) => readFile(path.join(siteDir, file), 'utf8');

async function feedItems(file: string) {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(await read(file));
  return (parsed.rss.channel.item ?? []) as { title: string; link: string; description: string; pubDate?: string }[];
}

describe('a withdrawn quote', () => {
  it('keeps its page at its permanent address, saying when and why it was withdrawn and what to cite instead', async () => {
    const doc = await readPage(siteDir, page);
    const notice = doc.querySelector('#withdrawn');
    expect(visibleText(notice)).toContain('Withdrawn from the record');
    expect(visibleText(notice)).toContain('Withdrawn 29 November 2026. Why: ' + REASON);
    const instead = notice?.querySelector('[data-replaced-by] a');
    expect(instead?.getAttribute('href')).toBe('/quotes/nspcc-either-or/');
    expect(visibleText(instead)).toBe('NSPCC: “either/or”');
    // The notice comes before the words, so that no reader takes them for the record.
    expect(doc.querySelector('h1 + #withdrawn')).not.toBeNull();
    // The words and their citations stay, as published: those who cited them can still check them.
    expect(visibleText(doc.querySelector('#quotation'))).toBe('either/or');
    for (const file of ['cite.bib', 'cite.ris', 'cite.json'])
      await expect(read(`quotes/${WITHDRAWN}/${file}`)).resolves.toContain('either/or');
    const jsonLd = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(jsonLd.creativeWorkStatus).toBe('Withdrawn');
    // Nothing invites a reader to reuse it: no embed snippet, no answering quotes.
    expect(doc.querySelector('.embed')).toBeNull();
    expect(doc.querySelector('.other-side')).toBeNull();
  });

  it('is linked from no page of the record but its own and the corrections page', async () => {
    const linking = [];
    for (const pagePath of (await listBuiltPaths(siteDir)).filter((p) => p.endsWith('/'))) {
      const doc = await readPage(siteDir, pagePath);
      if ([...doc.querySelectorAll('a[href]')].some((a) => a.getAttribute('href')!.startsWith(page)))
        linking.push(pagePath);
    }
    expect(linking.sort()).toEqual(['/corrections/', page]);
  });

  it('counts for nobody: the NSPCC’s and the claim’s pages hold only the quote on record', async () => {
    const nspcc = await readPage(siteDir, '/stakeholders/nspcc/');
    const claim = await readPage(siteDir, '/claims/e2e-debate-is-either-or/');
    for (const doc of [nspcc, claim]) {
      const cards = [...doc.querySelectorAll('.card[data-quote]')].map((c) => c.getAttribute('data-quote'));
      expect(cards).toContain('nspcc-either-or');
      expect(cards).not.toContain(WITHDRAWN);
    }
  });

  it('is not in the search index, the quotes CSV or archive.json’s quotes, which gives it apart with its withdrawal', async () => {
    const doc = await readPage(siteDir, page);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelector('[data-pagefind-filter], [data-pagefind-meta]')).toBeNull();
    const rows: { id: string }[] = parse(await read('data/quotes.csv'), { columns: true });
    expect(rows.map((r) => r.id)).toContain('nspcc-either-or');
    expect(rows.map((r) => r.id)).not.toContain(WITHDRAWN);
    const archive = JSON.parse(await read('data/archive.json'));
    expect(archive.quotes.map((q: { id: string }) => q.id)).not.toContain(WITHDRAWN);
    expect(archive.withdrawnQuotes).toEqual([
      expect.objectContaining({
        id: WITHDRAWN,
        permalink: `${site}${page}`,
        withdrawn: expect.objectContaining({
          date: { iso: '2026-11-29', precision: 'day' },
          replacedBy: 'nspcc-either-or',
        }),
      }),
    ]);
  });

  it('is listed on the corrections page, newest first, with its reason', async () => {
    const doc = await readPage(siteDir, '/corrections/');
    const entry = doc.querySelector(`[data-withdrawal="${WITHDRAWN}"]`);
    expect(entry?.closest('ul')?.previousElementSibling?.id).toBe('withdrawn');
    expect(visibleText(entry)).toContain('Withdrawn, 29 November 2026: NSPCC: “either/or”');
    expect(visibleText(entry)).toContain(`Why: ${REASON}`);
    expect(entry?.querySelector('a')?.getAttribute('href')).toBe(`${page}#withdrawn`);
  });

  it('tells each feed that carried it that it is withdrawn, and no feed gives it as on record', async () => {
    for (const feed of ['feed.xml', 'stakeholders/nspcc/feed.xml', 'claims/e2e-debate-is-either-or/feed.xml']) {
      const items = await feedItems(feed);
      expect(
        items.filter((i) => i.link === `${site}${page}`),
        feed,
      ).toEqual([]);
      const [withdrawal, ...more] = items.filter((i) => i.link === `${site}${page}#withdrawn`);
      expect(more, feed).toEqual([]);
      expect(withdrawal.title).toBe('Withdrawn: NSPCC: “either/or”');
      expect(new Date(withdrawal.pubDate!).toISOString()).toBe('2026-11-29T00:00:00.000Z');
      const text = parseHTML(`<!doctype html><html><body>${withdrawal.description}</body></html>`).document.body
        .textContent;
      expect(text).toContain(`Why: ${REASON}`);
      expect(text).toContain(`Cite instead: ${site}/quotes/nspcc-either-or/`);
    }
    // A feed it never belonged to says nothing of it.
    expect((await read('stakeholders/priti-patel/feed.xml')).includes(WITHDRAWN)).toBe(false);
  });
});
