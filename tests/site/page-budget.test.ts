import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { PageTypeWeight } from '../../src/cli/page-size.ts';
import { projectRoot } from '../helpers/build-site';
import { readPage } from '../helpers/html';

const siteDir = inject('siteDir');
/** The budget for a quote page, sent with gzip, without the search engine's files. */
const QUOTE_PAGE_BUDGET = 30 * 1024;
/** Enough for small enhancements such as copy buttons; far too little for a framework runtime. */
const QUOTE_PAGE_SCRIPT_BUDGET = 10 * 1024;

/** Runs `npm run size` over the built site, as a person would, and reads the report it writes. */
function reportSizes(): { output: string; report: Promise<{ types: PageTypeWeight[] }> } {
  const out = path.join(os.tmpdir(), `otr-page-size-${process.pid}.json`);
  const run = spawnSync('npm', ['run', '--silent', 'size', '--', siteDir, out], { cwd: projectRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return { output: run.stdout, report: readFile(out, 'utf8').then(JSON.parse) };
}

describe('page budgets', async () => {
  const { output, report } = reportSizes();
  const { types } = await report;
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
    expect(quotePages.transferredGzip, `${quotePages.heaviest} sends ${quotePages.transferredGzip} bytes`).toBeLessThan(QUOTE_PAGE_BUDGET);
  });

  it('ships no JavaScript on a quote page beyond small enhancements, and no hydrated components', async () => {
    expect(quotePages.js.gzip, `${quotePages.heaviest} ships ${quotePages.js.gzip} bytes of script`).toBeLessThan(QUOTE_PAGE_SCRIPT_BUDGET);
    const page = await readPage(siteDir, quotePages.heaviest);
    expect(page.querySelectorAll('astro-island')).toHaveLength(0);
  });
});
