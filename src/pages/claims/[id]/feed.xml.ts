import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '../../../lib/record/load-record.ts';
import { reusablePaths } from '../../../lib/render/reused-pages.ts';
import { paths } from '../../../lib/record/paths.ts';
import { quoteFeed } from '../../../lib/open-data/quote-feed.ts';

export const getStaticPaths = (async () => {
  const record = await loadRecord();
  return reusablePaths(record.claims.map((c) => ({ params: { id: c.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const record = await loadRecord();
  const claim = record.claim(params.id!);
  return quoteFeed({
    record,
    quotes: record.quotesOn(claim.id),
    withdrawn: record.withdrawnOn(claim.id),
    title: `On the Record: quotes on “${claim.data.statement}”`,
    description: `New quotes that support, dispute or qualify the claim “${claim.data.statement}”, newest first.`,
    feedPath: paths.claimFeed(claim.id),
    pagePath: paths.claim(claim.id),
    site: String(site),
    base: import.meta.env.BASE_URL,
  });
};
