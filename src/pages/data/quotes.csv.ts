import type { APIRoute } from 'astro';
import { loadRecord } from '../../lib/load-record';
import { buildQuotesCsv } from '../../lib/quotes-csv';

export const GET: APIRoute = async ({ site }) => {
  const csv = buildQuotesCsv(await loadRecord(), String(site), import.meta.env.BASE_URL);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
