/**
 * The floor: a plain Node script that writes the same pages as the site from the same content
 * files, with no framework. The benchmark times it beside `astro build` to show what the
 * framework costs. Run as `node floor.ts <contentDir> <outDir>`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { paginate, QUOTES_PER_PAGE } from '../../lib/record/paginate.ts';
import { loadFloorData } from './floor-data.ts';
import {
  cards,
  claimPage,
  escapeHtml as e,
  listPage,
  page,
  quoteCard,
  quotePage,
  stakeholderPage,
} from './floor-pages.ts';
import { SITE_NAME } from '../../lib/wording/titles.ts';

async function write(outDir: string, urlPath: string, html: string) {
  const dir = path.join(outDir, urlPath);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html);
}

export async function writeFloorSite(contentDir: string, outDir: string): Promise<number> {
  const data = await loadFloorData(contentDir);
  const pages: [string, string][] = [];
  const link = (url: string, text: string) => `<li class="card"><a href="${url}">${e(text)}</a></li>`;
  pages.push([
    '/',
    listPage(
      SITE_NAME,
      data.quotes.slice(0, 6).map((q) => quoteCard(data, q)),
    ),
  ]);
  // The full list is paginated as the site paginates it (src/lib/record/paginate.ts).
  for (const { number, items } of paginate(data.quotes, QUOTES_PER_PAGE)) {
    pages.push([
      number === 1 ? '/quotes/' : `/quotes/page/${number}/`,
      listPage(
        'All quotes',
        items.map((q) => quoteCard(data, q)),
      ),
    ]);
  }
  pages.push([
    '/stakeholders/',
    listPage(
      'Stakeholders',
      data.stakeholders.map((s) => link(`/stakeholders/${s.id}/`, s.data.name)),
    ),
  ]);
  pages.push([
    '/claims/',
    listPage(
      'Claims',
      data.claims.map((c) => link(`/claims/${c.id}/`, c.data.statement)),
    ),
  ]);
  pages.push([
    '/sources/',
    listPage(
      'Sources',
      data.sources.map((s) => link(`/sources/${s.id}/`, s.data.title)),
    ),
  ]);
  pages.push([
    '/events/',
    listPage(
      'Events',
      data.events.map((v) => link(`/events/${v.id}/`, v.data.name)),
    ),
  ]);
  for (const quote of data.quotes) pages.push([`/quotes/${quote.id}/`, quotePage(data, quote)]);
  for (const person of data.stakeholders) pages.push([`/stakeholders/${person.id}/`, stakeholderPage(data, person)]);
  for (const claim of data.claims) pages.push([`/claims/${claim.id}/`, claimPage(data, claim)]);
  for (const source of data.sources) {
    const html = page(
      `Source: ${source.data.title}`,
      `<h1>${e(source.data.title)}</h1>${cards(data, data.quotesFrom.get(source.id))}`,
    );
    pages.push([`/sources/${source.id}/`, html]);
  }
  for (const event of data.events) {
    const html = page(
      `Event: ${event.data.name}`,
      `<h1>${e(event.data.name)}</h1>${cards(data, data.quotesAt.get(event.id))}`,
    );
    pages.push([`/events/${event.id}/`, html]);
  }
  for (const [urlPath, html] of pages) await write(outDir, urlPath, html);
  await writeFile(path.join(outDir, '404.html'), page('Not found', '<h1>Not found</h1>'));
  return pages.length + 1;
}

if (import.meta.main) {
  const [contentDir, outDir] = process.argv.slice(2);
  const count = await writeFloorSite(contentDir, outDir);
  console.log(`floor: ${count} pages`);
}
