import type { APIRoute } from 'astro';
import { archiveJsonSchema } from '../../lib/export-schema';
import { absoluteUrl, paths } from '../../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const schema = archiveJsonSchema(
    absoluteUrl(paths.archiveSchema(), String(site), import.meta.env.BASE_URL),
  );
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
