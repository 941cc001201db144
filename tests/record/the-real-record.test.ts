/**
 * The archive's own record, as a clone holds it: every quote word for word in its snapshot, every
 * quoted passage accounted for, and every URL ever published still built and listed. The tests of
 * behaviour build the fixture record instead (tests/fixtures/record/), so that these checks are
 * the only ones a curator's change to `content/` can fail.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBuiltPaths } from '../../src/lib/permalinks/list-built-paths.ts';
import {
  findBrokenUrls,
  findUnlistedUrls,
  MANIFEST_FILE,
  type Manifest,
} from '../../src/lib/permalinks/published-urls.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { realRecord } from '../helpers/paths.ts';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { quotesHolding, resultPaths, wordRuns, firstResultMisses } from '../helpers/search.ts';
import { serveStatic } from '../helpers/serve.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { runScript } from '../helpers/run-script.ts';

describe('the real record in content/', () => {
  // `npm run verify` and `npm run coverage` as a curator runs them in a clone, with no setting:
  // they read content/ by default.
  it('has every quote and variant word for word in its source’s snapshot (npm run verify)', async () => {
    const run = await runScript('verify');
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/wordings checked against .*eandt-moral-duty-2021\.txt.* in .*: all word for word/);
    expect(run.output).toMatch(/all word for word, in the paragraphs recorded/);
  });

  it('has every passage its snapshots print in quotation marks on record or left out with a reason (npm run coverage)', async () => {
    const run = await runScript('coverage');
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(
      /All \d+ passages in quotation marks in \d+ snapshots are on record or left out with a reason/,
    );
  });

  describe('built as the site', () => {
    let build: BuildResult;
    let manifest: Manifest;
    beforeAll(async () => {
      // As a curator builds it, with `npm run build`.
      build = await buildSite({ contentDir: realRecord, script: 'build' });
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
        return { label: q.id, phrase, paths: quotesHolding(quotes, phrase).map((id) => `/quotes/${id}/`) };
      });
      const [browser, site] = await Promise.all([workerBrowser(), serveStatic(build.outDir)]);
      const page = await browser.newPage();
      try {
        await page.goto(`${site.url}search/?q=encryption`);
        await resultPaths(page);
        const misses = await firstResultMisses(page, runs);
        expect(misses).toEqual([]);
      } finally {
        await page.close();
        await site.close();
      }
    });

    it('shows Apple changing its position on scanning on the device, with dated quotes on both sides of the change', async () => {
      const line = (await readPage(build.outDir, '/stakeholders/apple/')).getElementById(
        'position-on-device-scanning-protects-privacy',
      )!;
      expect(line.getAttribute('data-changed')).toBe('yes');
      expect(visibleText(line.querySelector('[data-position-sentence]'))).toMatch(
        /^Supported this in August 2021; .*disputed it from December 2022\./,
      );
      const stances = [...line.querySelectorAll('[data-date-basis="own"]')].map((p) =>
        p.getAttribute('data-point-stance'),
      );
      expect(stances[0]).toBe('supports');
      expect(stances.at(-1)).toBe('disputes');
    });

    it('shows Facebook (Meta) on record from 2019 to 2023', async () => {
      const doc = await readPage(build.outDir, '/stakeholders/facebook/');
      const years = [...doc.querySelectorAll('.position-line time')].map((t) =>
        t.getAttribute('datetime')!.slice(0, 4),
      );
      expect(years.sort()[0]).toBe('2019');
      expect(years.sort().at(-1)).toBe('2023');
      expect(visibleText(doc.querySelector('#positions + p'))).toMatch(
        /date from December 2019 to printed December 2023/,
      );
    });

    it('lists every event on the home page, from which its page gives its primary text and the parties on each side', async () => {
      const home = await readPage(build.outDir, '/');
      const events = [...home.querySelectorAll('.event-glance > li')];
      expect(events).toHaveLength((await readdir(path.join(realRecord, 'events'))).length);
      for (const item of events) {
        const address = item.querySelector('p a')!.getAttribute('href')!;
        const event = await readPage(build.outDir, address);
        expect(event.querySelector('dl.facts [data-primary] a[href^="/sources/"]'), address).not.toBeNull();
        expect(event.querySelector('#sides ~ ul [data-position] a[href^="/stakeholders/"]'), address).not.toBeNull();
      }
    });
  });
});
