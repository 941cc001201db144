import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html';
import { readQuoteFiles, type QuoteFile } from '../helpers/content-files';

const siteDir = inject('siteDir');
const site = 'https://on-the-record.example';
let quotes: QuoteFile[];

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: string;
  guid: { '#text': string; '@_isPermaLink': string };
}

async function readFeed(file: string) {
  const xml = await readFile(path.join(siteDir, file), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  return { xml, rss: parsed.rss, channel: parsed.rss.channel, items: (parsed.rss.channel.item ?? []) as FeedItem[] };
}

beforeAll(async () => {
  quotes = await readQuoteFiles();
});

describe('the feed of quotes', () => {
  it('is RSS 2.0 that a feed reader can subscribe to, with a link to itself', async () => {
    const { rss, channel } = await readFeed('feed.xml');
    expect(rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('On the Record: new quotes');
    expect(channel.link).toBe(`${site}/quotes/`);
    expect(channel['atom:link']).toMatchObject({ '@_href': `${site}/feed.xml`, '@_rel': 'self' });
  });

  it('has every quote, newest first, linking to its permanent page', async () => {
    const { items } = await readFeed('feed.xml');
    expect(items.map((i) => i.link).sort()).toEqual(quotes.map((q) => `${site}/quotes/${q.id}/`).sort());
    const dated = items.findIndex((i) => !i.pubDate);
    expect(items.slice(0, dated).every((i) => i.pubDate)).toBe(true);
    expect(items.slice(dated).every((i) => !i.pubDate)).toBe(true);
    for (const item of items) expect(item.guid['#text']).toBe(item.link);
  });

  it('carries each quotation word for word', async () => {
    const { items } = await readFeed('feed.xml');
    for (const q of quotes) {
      const item = items.find((i) => i.link === `${site}/quotes/${q.id}/`)!;
      expect(item.description, q.id).toContain(q.text);
    }
  });

  it('invents no day for a quote dated only to the month', async () => {
    const { items } = await readFeed('feed.xml');
    const undated = quotes.filter((q) => q.date === undefined);
    for (const q of undated) {
      const item = items.find((i) => i.link === `${site}/quotes/${q.id}/`)!;
      expect(item.pubDate, q.id).toBeUndefined();
      expect(item.description).toContain('April 2021 (date of the source).');
    }
    const dated = items.find((i) => i.link.endsWith('/patel-not-acceptable/'))!;
    expect(dated.pubDate).toBe('Mon, 19 Apr 2021 00:00:00 GMT');
  });

  it('is announced in the head of every page', async () => {
    for (const p of ['/', '/quotes/patel-moral-duty/', '/about/', '/timeline/', '/claims/']) {
      const link = (await readPage(siteDir, p)).querySelector(
        'head link[rel="alternate"][type="application/rss+xml"][href="/feed.xml"]',
      );
      expect(link, p).not.toBeNull();
    }
  });
});

describe('the feeds of one stakeholder and of one claim', () => {
  it('hold only that stakeholder’s quotes, including those given on its behalf', async () => {
    const { items } = await readFeed('stakeholders/nspcc/feed.xml');
    const expected = quotes.filter((q) => q.speaker === 'nspcc' || q.onBehalfOf === 'nspcc');
    expect(items.map((i) => i.link).sort()).toEqual(expected.map((q) => `${site}/quotes/${q.id}/`).sort());
  });

  it('hold only the quotes on that claim', async () => {
    const { items } = await readFeed('claims/safety-by-design/feed.xml');
    const expected = quotes.filter((q) => q.claims?.some((c) => c.claim === 'safety-by-design'));
    expect(items.map((i) => i.link).sort()).toEqual(expected.map((q) => `${site}/quotes/${q.id}/`).sort());
  });

  it('are linked from the page they follow, in its head and in its body', async () => {
    const page = await readPage(siteDir, '/stakeholders/nspcc/');
    expect(page.querySelector('head link[rel="alternate"][href="/stakeholders/nspcc/feed.xml"]')).not.toBeNull();
    expect(page.querySelector('main a[href="/stakeholders/nspcc/feed.xml"]')).not.toBeNull();
    const claim = await readPage(siteDir, '/claims/safety-by-design/');
    expect(claim.querySelector('head link[rel="alternate"][href="/claims/safety-by-design/feed.xml"]')).not.toBeNull();
    expect(claim.querySelector('main a[href="/claims/safety-by-design/feed.xml"]')).not.toBeNull();
  });
});
