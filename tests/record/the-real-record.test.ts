/**
 * The archive's own record, as a clone holds it: every quote word for word in its snapshot, every
 * quoted passage accounted for, and every URL ever published still built and listed. The tests of
 * behaviour build the fixture record instead (tests/fixtures/record/), so that these checks are
 * the only ones a curator's change to `content/` can fail.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBuiltPaths } from '../../src/lib/permalinks/list-built-paths.ts';
import { findBrokenUrls, findUnlistedUrls, MANIFEST_FILE, type Manifest } from '../../src/lib/permalinks/published-urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, realRecord, type BuildResult } from '../helpers/build-site.ts';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { quotesHolding, resultPaths, wordRuns, type SearchPageWindow } from '../helpers/search.ts';
import { serveStatic } from '../helpers/serve.ts';
import { runScript } from '../helpers/run-script.ts';

describe('the real record in content/', () => {
  it('has every quote and variant word for word in its source’s snapshot (npm run verify)', async () => {
    const run = await runScript('verify', [], { OTR_CONTENT_DIR: realRecord });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/all word for word, in the paragraphs recorded/);
  });

  it('has every passage its snapshots print in quotation marks on record or left out with a reason (npm run coverage)', async () => {
    const run = await runScript('coverage', [], { OTR_CONTENT_DIR: realRecord });
    expect(run.code, run.output).toBe(0);
  });

  describe('built as the site', () => {
    let build: BuildResult;
    let manifest: Manifest;
    beforeAll(async () => {
      build = await buildSite({ contentDir: realRecord });
      manifest = JSON.parse(await readFile(path.join(realRecord, MANIFEST_FILE), 'utf8')) as Manifest;
    });

    it('builds', () => {
      expect(build.code, build.output).toBe(0);
    });

    it('still publishes every URL it has published', async () => {
      expect(findBrokenUrls(manifest, await listBuiltPaths(build.outDir))).toEqual([]);
    });

    it('lists every URL it publishes in content/published-urls.json (run `npm run record` and commit it if not)', async () => {
      expect(findUnlistedUrls(manifest, await listBuiltPaths(build.outDir))).toEqual([]);
    });

    it('finds every quotation, from every event, first for five words from its middle', async () => {
      const quotes = await readQuoteFiles(realRecord);
      const runs = quotes.map((q) => {
        const all = wordRuns(q.text, 5, 1);
        const phrase = all[Math.floor(all.length / 2)];
        return { id: q.id, phrase, paths: quotesHolding(quotes, phrase).map((id) => `/quotes/${id}/`) };
      });
      const [browser, site] = await Promise.all([launchBrowser(), serveStatic(build.outDir)]);
      try {
        const page = await browser.newPage();
        await page.goto(`${site.url}search/?q=encryption`);
        await resultPaths(page);
        // The search page's own engine, so the ranking tested is the one readers get.
        const misses = await page.evaluate(async (runs) => {
          const { PagefindComponents } = window as unknown as SearchPageWindow;
          const engine = PagefindComponents.getInstanceManager().getInstance('default').__pagefind__;
          const missed: string[] = [];
          for (const { id, paths, phrase } of runs) {
            const [first] = (await engine.search(phrase, {})).results;
            const url = first && (await first.data()).url;
            if (!paths.some((path) => url?.startsWith(path))) missed.push(`${id}: “${phrase}” → ${url}`);
          }
          return missed;
        }, runs);
        expect(misses).toEqual([]);
      } finally {
        await browser.close();
        await site.close();
      }
    });
  });
});
