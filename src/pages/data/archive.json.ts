import type { APIRoute } from 'astro';
import { buildArchiveExport } from '../../lib/archive-export';
import { loadRecord } from '../../lib/load-record';

export const GET: APIRoute = async ({ site }) => {
  const data = buildArchiveExport(await loadRecord(), String(site), import.meta.env.BASE_URL);
  return new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
