import rss from '@astrojs/rss';
import { correctionFeedItems, newestFirst, quoteFeedItem } from './feed-items';
import { absoluteUrl } from './paths';
import type { ArchiveRecord, Entry, Quote } from './record';

interface QuoteFeedOptions {
  record: ArchiveRecord;
  quotes: Entry<Quote>[];
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
 * An RSS 2.0 feed of quotes and of the corrections made to their words, newest first, with a
 * self link so feed readers can subscribe.
 */
export function quoteFeed(options: QuoteFeedOptions): Promise<Response> {
  const { record, site, base } = options;
  const self = absoluteUrl(options.feedPath, site, base);
  return rss({
    title: options.title,
    description: options.description,
    site: absoluteUrl(options.pagePath, site, base),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: newestFirst(
      options.quotes.flatMap((q) => [quoteFeedItem(record, q, site, base), ...correctionFeedItems(record, q, site, base)]),
    ).map(
      ({ title, link, description, pubDate }) => ({ title, link, description, pubDate }),
    ),
  });
}
