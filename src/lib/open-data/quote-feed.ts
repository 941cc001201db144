import rss from '@astrojs/rss';
import { escapeHtml } from '../wording/escape-html.ts';
import { correctionFeedItems, newestFirst, quoteFeedItem, withdrawalFeedItem } from './feed-items.ts';
import { absoluteUrl } from '../record/paths.ts';
import type { ArchiveRecord, Entry, Quote } from '../record/record.ts';

interface QuoteFeedOptions {
  record: ArchiveRecord;
  quotes: Entry<Quote>[];
  /** The withdrawn quotes this feed would hold, each of which gives its withdrawal instead. */
  withdrawn: Entry<Quote>[];
  title: string;
  description: string;
  /** Root-relative path of the feed itself, for its self link. */
  feedPath: string;
  /** Root-relative path of the page the feed follows. */
  pagePath: string;
  site: string;
  base: string;
}

/**
 * A feed item's plain-text description as the HTML that RSS readers take a description to be:
 * one paragraph per block, with "E&T" written "E&amp;T" so that a reader shows "E&T" (the XML
 * layer escapes it once more).
 */
export function descriptionHtml(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

/**
 * An RSS 2.0 feed of quotes, of the corrections made to them and of their withdrawals, newest
 * first, with a self link so feed readers can subscribe. A withdrawn quote's own item is gone,
 * so that a reader who first subscribes now is not given it as on record.
 */
export function quoteFeed(options: QuoteFeedOptions): Promise<Response> {
  const { record, site, base } = options;
  const self = absoluteUrl(options.feedPath, site, base);
  const items = newestFirst([
    ...options.quotes.flatMap((q) => [
      quoteFeedItem(record, q, site, base),
      ...correctionFeedItems(record, q, site, base),
    ]),
    ...options.withdrawn.flatMap((q) => [
      withdrawalFeedItem(record, q, site, base),
      ...correctionFeedItems(record, q, site, base),
    ]),
  ]);
  // The channel last changed with its newest dated item; a feed with none says nothing.
  const newest = items
    .map((item) => item.pubDate)
    .filter((d) => d !== undefined)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return rss({
    title: options.title,
    description: options.description,
    site: absoluteUrl(options.pagePath, site, base),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>` +
      (newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : ''),
    items: items.map(({ title, link, description, pubDate }) => ({
      title,
      link,
      description: descriptionHtml(description),
      pubDate,
    })),
  });
}
