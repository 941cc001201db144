import type { APIRoute } from 'astro';
import { buildArchiveExport } from '../../lib/open-data/archive-export.ts';
import { loadRecord } from '../../lib/record/load-record.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = buildArchiveExport(await loadRecord(), String(site), import.meta.env.BASE_URL);
  return new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
