/**
 * Prints the HTML, CSS and JavaScript bytes (raw and gzip) a browser fetches for each type of
 * page, the heaviest page of each type standing for it; with `--out`, writes them to a JSON file
 * as well. It writes nothing by default, so that looking at the figures leaves the checkout as it
 * was.
 *
 *   npm run size                                  # weighs dist/
 *   npm run size -- <built folder> --out <json file>
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageAddress } from './site-check/check-links.ts';
import { pageType, weighPage, type PageWeight } from './site-check/page-weight.ts';
import { listBuiltFiles } from './read-built-site.ts';

export interface PageTypeWeight extends PageWeight {
  /** The route, e.g. `/quotes/[id]/`. */
  type: string;
  pages: number;
  /** The page of this type that transfers the most, whose figures these are. */
  heaviest: string;
}

/** Weighs every page of a built folder and keeps the heaviest page of each type. */
export async function weighSite(dir: string): Promise<PageTypeWeight[]> {
  const readAsset = (urlPath: string) => {
    const file = path.join(dir, decodeURIComponent(urlPath));
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const byType = new Map<string, PageTypeWeight>();
  for (const file of (await listBuiltFiles(dir)).filter((f) => f.endsWith('.html'))) {
    const address = pageAddress(file, '/');
    const weight = weighPage(await readFile(path.join(dir, file), 'utf8'), address, readAsset);
    const type = pageType(address);
    const known = byType.get(type);
    const pages = (known?.pages ?? 0) + 1;
    if (!known || weight.transferredGzip > known.transferredGzip)
      byType.set(type, { type, pages, heaviest: address, ...weight });
    else known.pages = pages;
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);

function printTable(types: PageTypeWeight[]): void {
  console.log('KB, raw / gzip; the heaviest page of each type; search assets not included\n');
  console.log(`${'page type'.padEnd(22)} pages    HTML (raw/gz)    CSS (raw/gz)     JS (raw/gz)   sent gz`);
  for (const t of types) {
    const cols = [t.html, t.css, t.js].map((b) => `${kb(b.raw)} /${kb(b.gzip)}`).join('  ');
    console.log(`${t.type.padEnd(22)} ${String(t.pages).padStart(5)}  ${cols}  ${kb(t.transferredGzip)}`);
  }
}

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
const [dir = 'dist'] = positionals;
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(
    `There is no built site in ${dir}: run \`npm run build\` first, or name a built folder: npm run size -- <folder>`,
  );
  process.exit(1);
}
const types = await weighSite(path.resolve(dir));
printTable(types);
if (values.out) {
  await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
  await writeFile(path.resolve(values.out), JSON.stringify({ unit: 'bytes', types }, null, 2) + '\n');
  console.log(`\nWritten to ${values.out}`);
}
