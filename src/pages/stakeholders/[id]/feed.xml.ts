import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '../../../lib/record/load-record.ts';
import { reusablePaths } from '../../../lib/render/reused-pages.ts';
import { paths } from '../../../lib/record/paths.ts';
import { quoteFeed } from '../../../lib/open-data/quote-feed.ts';

export const getStaticPaths = (async () => {
  const record = await loadRecord();
  return reusablePaths(record.stakeholders.map((s) => ({ params: { id: s.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const record = await loadRecord();
  const stakeholder = record.stakeholder(params.id!);
  return quoteFeed({
    record,
    quotes: record.quotesBy(stakeholder.id),
    withdrawn: record.withdrawnBy(stakeholder.id),
    title: `On the Record: quotes of ${stakeholder.data.name}`,
    description: `New quotes of ${stakeholder.data.name}, or given on their behalf, newest first.`,
    feedPath: paths.stakeholderFeed(stakeholder.id),
    pagePath: paths.stakeholder(stakeholder.id),
    site: String(site),
    base: import.meta.env.BASE_URL,
  });
};
