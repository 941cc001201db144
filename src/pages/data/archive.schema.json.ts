import type { APIRoute } from 'astro';
import { archiveJsonSchema } from '../../lib/open-data/export-schema.ts';
import { absoluteUrl, paths } from '../../lib/record/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = archiveJsonSchema(absoluteUrl(paths.archiveSchema(), String(site), import.meta.env.BASE_URL));
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
