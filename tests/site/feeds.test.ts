import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { readQuoteFiles, readQuotesOnRecord, type QuoteFile } from '../helpers/content-files.ts';

const siteDir = inject('siteDir');
const site = 'https://on-the-record.example';
let quotes: QuoteFile[];
let withdrawnPages: string[];

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: string;
  guid: { '#text': string; '@_isPermaLink': string };
}

/**
 * The quote on record each item is about, sorted: a quote's own item links to its page, a
 * correction's to its place on that page; every item must be about a quote the feed follows. A
 * withdrawal's item is about a quote off the record (tests/site/withdrawn-quote.test.ts).
 */
function quoteLinks(items: FeedItem[]): string[] {
  const pages = items.map((i) => i.link.replace(/#(correction-\d+|withdrawn)$/, ''));
  return [...new Set(pages.filter((page) => !withdrawnPages.includes(page)))].sort();
}

/** A description as a feed reader shows it: its HTML read, its text taken. */
function descriptionText(item: FeedItem): string {
  return parseHTML(`<!doctype html><html><body>${item.description}</body></html>`).document.body.textContent ?? '';
}

async function readFeed(file: string) {
  const xml = await readFile(path.join(siteDir, file), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  return { xml, rss: parsed.rss, channel: parsed.rss.channel, items: (parsed.rss.channel.item ?? []) as FeedItem[] };
}

beforeAll(async () => {
  quotes = await readQuotesOnRecord();
  withdrawnPages = (await readQuoteFiles()).filter((q) => q.withdrawn).map((q) => `${site}/quotes/${q.id}/`);
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
    expect(quoteLinks(items)).toEqual(quotes.map((q) => `${site}/quotes/${q.id}/`).sort());
    // Items dated only to the month or year carry no pubDate but keep their place in the order.
    const times = items.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of items) expect(item.guid['#text']).toBe(item.link);
  });

  it('carries each quotation word for word, in a description a feed reader reads as HTML', async () => {
    const { items } = await readFeed('feed.xml');
    for (const q of quotes) {
      const item = items.find((i) => i.link === `${site}/quotes/${q.id}/`)!;
      expect(descriptionText(item), q.id).toContain(q.text);
    }
    // Read as HTML, an outlet's name keeps its ampersand: "E&T", never "E&amp;T" or a bare "&".
    const fromEandT = items.find((i) => i.link.endsWith('/patel-not-acceptable/'))!;
    expect(fromEandT.description).toContain('E&amp;T');
    expect(descriptionText(fromEandT)).toContain('E&T (Engineering & Technology)');
  });

  it('invents no day for a quote dated only to the month or the year', async () => {
    const { items } = await readFeed('feed.xml');
    const item = (id: string) => items.find((i) => i.link === `${site}/quotes/${id}/`)!;
    expect(item('patel-moral-duty').pubDate).toBeUndefined();
    expect(descriptionText(item('patel-moral-duty'))).toContain('April 2021 (date of the source).');
    expect(item('nspcc-release-tools-useless').pubDate).toBeUndefined();
    expect(descriptionText(item('nspcc-release-tools-useless'))).toContain('2021 (date of the source).');
    expect(item('nspcc-half-of-crimes-on-facebook-apps').pubDate).toBeUndefined();
    expect(item('patel-not-acceptable').pubDate).toBe('Mon, 19 Apr 2021 00:00:00 GMT');
  });

  it('says when it last changed: the date of its newest dated item', async () => {
    const { channel, items } = await readFeed('feed.xml');
    const newest = Math.max(...items.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate!)));
    expect(Date.parse(channel.lastBuildDate)).toBe(newest);
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
    expect(quoteLinks(items)).toEqual(expected.map((q) => `${site}/quotes/${q.id}/`).sort());
  });

  it('hold only the quotes on that claim', async () => {
    const { items } = await readFeed('claims/safety-by-design/feed.xml');
    const expected = quotes.filter((q) => q.claims?.some((c) => c.claim === 'safety-by-design'));
    expect(quoteLinks(items)).toEqual(expected.map((q) => `${site}/quotes/${q.id}/`).sort());
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

/**
 * The date form RSS 2.0 takes from RFC 822, as the W3C feed validator accepts it without a
 * warning: a four-digit year and the GMT zone.
 */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** An entity or a tag left as text: what a reader sees when something was escaped twice. */
const ESCAPED_TWICE = /&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);|<\/?[a-z][^>]*>/i;

/** Every feed the built site publishes, found by walking it, each read with an XML parser. */
async function everyFeed() {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => path.basename(f) === 'feed.xml');
  return Promise.all(files.map(async (file) => ({ file, ...(await readFeed(file)) })));
}

/** Whether a URL is absolute, on the site's own host. */
function onTheSite(url: string): boolean {
  return URL.canParse(url) && new URL(url).origin === site;
}

describe('every feed the site publishes, checked for what the W3C feed validator warns on', () => {
  // No feed validator is published on npm or in Debian (the W3C's is a Python web service); these
  // are its checks that could fail for a feed built from the record.
  let feeds: Awaited<ReturnType<typeof everyFeed>>;
  beforeAll(async () => {
    feeds = await everyFeed();
  });

  it('is found for the whole archive and for each stakeholder and claim page that links one', () => {
    expect(feeds.map((f) => f.file)).toContain('feed.xml');
    expect(feeds.filter((f) => f.file.startsWith('stakeholders/')).length).toBeGreaterThan(5);
    expect(feeds.filter((f) => f.file.startsWith('claims/')).length).toBeGreaterThan(5);
  });

  it('is well-formed XML in UTF-8, an RSS 2.0 channel with a title, a link, a description and a language', () => {
    for (const { file, xml, rss, channel } of feeds) {
      expect(() => SyntaxValidator.validate(xml), file).not.toThrow();
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), file).toBe(true);
      expect(rss['@_version'], file).toBe('2.0');
      for (const field of ['title', 'link', 'description'])
        expect(String(channel[field] ?? ''), `${file} ${field}`).not.toBe('');
      expect(channel.language, file).toBe('en');
    }
  });

  it('names its own address in atom:link rel="self", and links only to absolute addresses on the site', () => {
    for (const { file, channel, items } of feeds) {
      expect(channel['atom:link'], file).toMatchObject({
        '@_href': `${site}/${file}`,
        '@_rel': 'self',
        '@_type': 'application/rss+xml',
      });
      expect(onTheSite(channel.link), file).toBe(true);
      for (const item of items) {
        expect(onTheSite(item.link), `${file}: ${item.link}`).toBe(true);
        expect(item.guid, `${file}: ${item.link}`).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
        const html = parseHTML(`<!doctype html><html><body>${item.description}</body></html>`).document;
        for (const element of html.querySelectorAll('[href], [src]')) {
          const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
          expect(URL.canParse(url), `${file}: ${item.link} links to ${url}`).toBe(true);
        }
      }
    }
  });

  it('dates its items and its last change in RFC 822 form, the last change being its newest item', () => {
    for (const { file, channel, items } of feeds) {
      const dated = items.filter((i) => i.pubDate !== undefined);
      for (const { pubDate, link } of dated) expect(pubDate, `${file}: ${link}`).toMatch(RFC_822);
      if (dated.length === 0) {
        expect(channel.lastBuildDate, file).toBeUndefined();
        continue;
      }
      expect(channel.lastBuildDate, file).toMatch(RFC_822);
      expect(Date.parse(channel.lastBuildDate), file).toBe(Math.max(...dated.map((i) => Date.parse(i.pubDate!))));
    }
  });

  it('escapes its text once: no title or description shows a reader an entity or a tag', () => {
    for (const { file, items } of feeds) {
      for (const item of items) {
        expect(item.title, `${file}: ${item.link}`).not.toMatch(ESCAPED_TWICE);
        expect(descriptionText(item), `${file}: ${item.link}`).not.toMatch(ESCAPED_TWICE);
        expect(descriptionText(item).trim(), `${file}: ${item.link}`).not.toBe('');
      }
    }
  });
});
