import type { APIRoute } from 'astro';
import { loadRecord } from '../lib/record/load-record.ts';
import { paths } from '../lib/record/paths.ts';
import { quoteFeed } from '../lib/open-data/quote-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const record = await loadRecord();
  return quoteFeed({
    record,
    quotes: record.quotes,
    withdrawn: record.withdrawnQuotes,
    title: 'On the Record: new quotes',
    description: 'Every quote on record in the debate over end-to-end encryption and child safety, newest first.',
    feedPath: paths.feed(),
    pagePath: paths.quotes(),
    site: String(site),
    base: import.meta.env.BASE_URL,
  });
};
