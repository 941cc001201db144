import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { PageTypeWeight } from '../../src/cli/page-size.ts';
import { projectRoot } from '../helpers/paths.ts';
import { readPage } from '../helpers/html.ts';
import { runScript } from '../helpers/run-script.ts';

const siteDir = inject('siteDir');
/** The budget for a quote page, sent with gzip, without the search engine's files. */
const QUOTE_PAGE_BUDGET = 30 * 1024;
/** Enough for small enhancements such as copy buttons; far too little for a framework runtime. */
const QUOTE_PAGE_SCRIPT_BUDGET = 10 * 1024;

/** Runs `npm run size -- --out FILE` over the built site, as a person would, and reads the report it writes. */
async function reportSizes(): Promise<{ output: string; types: PageTypeWeight[] }> {
  const out = path.join(os.tmpdir(), `otr-page-size-${process.pid}.json`);
  const run = await runScript('size', [siteDir, '--out', out]);
  if (run.code !== 0) throw new Error(run.output);
  return { output: run.output, types: JSON.parse(await readFile(out, 'utf8')).types };
}

/** Every file under bench/results/ with its size and time of last change. */
async function benchResults(): Promise<string[]> {
  const folder = path.join(projectRoot, 'bench/results');
  const files = await readdir(folder, { recursive: true });
  return Promise.all(files.sort().map(async (f) => `${f} ${(await stat(path.join(folder, f))).mtimeMs}`));
}

describe('npm run size', () => {
  it('prints the weights and writes no file unless asked to with --out', async () => {
    const before = await benchResults();
    const run = await runScript('size', [siteDir]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/\/quotes\/\[id\]\/\s+\d+/);
    expect(run.output).not.toMatch(/Written to/);
    expect(await benchResults()).toEqual(before);
  });

  it('says there is no built site to weigh, and how to build one, when the folder holds none', async () => {
    const run = await runScript('size', [path.join(os.tmpdir(), 'no-such-site')]);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/There is no built site in .*no-such-site: run `npm run build` first/);
  });
});

describe('page budgets', async () => {
  const { output, types } = await reportSizes();
  const quotePages = types.find((t) => t.type === '/quotes/[id]/')!;

  it('the size report prints HTML, CSS and JS bytes for every type of page', () => {
    expect(output).toMatch(/page type\s+pages\s+HTML \(raw\/gz\)\s+CSS \(raw\/gz\)\s+JS \(raw\/gz\)/);
    for (const type of ['/', '/quotes/', '/quotes/[id]/', '/claims/[id]/', '/stakeholders/[id]/', '/404.html']) {
      expect(types.map((t) => t.type)).toContain(type);
      expect(output).toContain(type);
    }
  });

  it(`keeps every quote page under 30 KB sent with gzip, search assets aside`, () => {
    expect(quotePages.pages).toBeGreaterThan(10);
    expect(quotePages.transferredGzip, `${quotePages.heaviest} sends ${quotePages.transferredGzip} bytes`).toBeLessThan(
      QUOTE_PAGE_BUDGET,
    );
  });

  it('ships no JavaScript on a quote page beyond small enhancements, and no hydrated components', async () => {
    expect(quotePages.js.gzip, `${quotePages.heaviest} ships ${quotePages.js.gzip} bytes of script`).toBeLessThan(
      QUOTE_PAGE_SCRIPT_BUDGET,
    );
    const page = await readPage(siteDir, quotePages.heaviest);
    expect(page.querySelectorAll('astro-island')).toHaveLength(0);
  });
});
