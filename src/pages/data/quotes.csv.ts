import type { APIRoute } from 'astro';
import { loadRecord } from '../../lib/record/load-record.ts';
import { buildQuotesCsv } from '../../lib/open-data/quotes-csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const csv = buildQuotesCsv(await loadRecord(), String(site), import.meta.env.BASE_URL);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
