import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { workerBrowser } from '../helpers/browser-on-site.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixtureRecord } from '../helpers/paths.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { RENAMED } from '../helpers/amended-record.ts';
import { amendedRecordBuild, brokenRecordBuild } from '../helpers/shared-builds.ts';
import { readPage } from '../helpers/html.ts';
import { serveStatic } from '../helpers/serve.ts';
import { listBuiltPaths } from '../../src/lib/permalinks/list-built-paths.ts';
import { findBrokenUrls, findUnlistedUrls, type Manifest } from '../../src/lib/permalinks/published-urls.ts';

const siteDir = inject('siteDir');
const manifest = JSON.parse(await readFile(path.join(fixtureRecord, 'published-urls.json'), 'utf8')) as Manifest;

describe('the URLs the archive has published', () => {
  it('are all still published by the record as it stands', async () => {
    expect(findBrokenUrls(manifest, await listBuiltPaths(siteDir))).toEqual([]);
  });

  it('are all in the committed manifest (run `npm run record` and commit it if not)', async () => {
    expect(findUnlistedUrls(manifest, await listBuiltPaths(siteDir))).toEqual([]);
  });

  it('include every quote page and its citation downloads', () => {
    expect(manifest.urls).toEqual(
      expect.arrayContaining([
        '/quotes/',
        '/quotes/patel-moral-duty/',
        '/quotes/patel-moral-duty/cite.ris',
        '/quotes/patel-moral-duty/cite.bib',
        '/quotes/patel-moral-duty/cite.json',
      ]),
    );
  });
});

describe('a published quote removed from the content', () => {
  it('stops the build before it writes anything, naming the URL and saying how to keep it alive', async () => {
    const content = await copyContent();
    await content.remove('quotes/patel-moral-duty.yaml');
    const build = await buildSite({ contentDir: content.dir });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('1 published URL would break');
    expect(build.output).toContain('/quotes/patel-moral-duty/ (and its citation downloads)');
    expect(build.output).toContain('add `aliases: [patel-moral-duty]` to its new file in');
    expect(build.output).toMatch(/restore \S*content\/quotes\/patel-moral-duty\.\*/);
    expect(build.output).not.toMatch(/\n\s+at \S+ \(|\n\s+at file:|Stack trace/);
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a published quote renamed with an alias', () => {
  it('keeps its old URL and downloads, which lead to the quote under its new name', async () => {
    const build = await amendedRecordBuild();
    expect(build.code, build.output).toBe(0);

    const old = await readPage(build.outDir, `/quotes/${RENAMED.from}/`);
    expect(old.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://on-the-record.example/quotes/${RENAMED.to}/`,
    );
    expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=/quotes/${RENAMED.to}/`,
    );
    const ris = await readFile(path.join(build.outDir, `quotes/${RENAMED.from}/cite.ris`), 'utf8');
    expect(ris).toContain(`UR  - https://on-the-record.example/quotes/${RENAMED.to}/`);

    const served = await serveStatic(build.outDir);
    const page = await (await workerBrowser()).newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${served.url}quotes/${RENAMED.from}/`);
      await page.waitForURL(`**/quotes/${RENAMED.to}/`);
      expect(await page.locator('#quotation').innerText()).toContain('live up to their moral duty');
    } finally {
      await page.close();
      await served.close();
    }
  });

  it('refuses an alias that is still a live quote’s id, naming both files', async () => {
    // In the broken record (tests/helpers/broken-record.ts), one of Patel's quotes takes the
    // id of another as an alias.
    const build = await brokenRecordBuild();
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /quotes\/patel-not-acceptable\.yaml → aliases\[0\]: "patel-moral-duty" is the id of a live entry, \S*quotes\/patel-moral-duty\.yaml/,
    );
  });
});
