import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/record/paths.ts';

/** Welcomes every crawler and points it to the sitemap, wherever the site and base path put it. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('/sitemap-index.xml', String(site), import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
