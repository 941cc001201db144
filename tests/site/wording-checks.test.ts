import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/build-site.ts';
import { extendedRecordBuild, underBasePathBuild } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';

function checkLines(page: Document, selector: string): string[] {
  return [...page.querySelectorAll(`${selector} [data-wording-check]`)].map((p) => visibleText(p));
}

describe('what a quote page says of how its wordings were checked', () => {
  let site: BuildResult;
  beforeAll(async () => {
    // The fixture record with wordings cut by an excerpt or with no copy (content-with-excerpts.ts).
    site = await extendedRecordBuild();
  }, 600_000);

  it('says the quote’s own words were checked word for word against the copy of its source', async () => {
    expect(site.code, site.output).toBe(0);
    const page = await readPage(site.outDir, '/quotes/patel-facebook-blind-itself/');
    const line = page.querySelector('[data-wording-check]');
    expect(line?.closest('[data-variant]')).toBeNull();
    expect(visibleText(line)).toBe('Checked word for word against our copy of E&T (Engineering & Technology).');
  });

  it('says, for each outlet’s wording, whether it was checked, and how far an excerpt let it be', async () => {
    const page = await readPage(site.outDir, '/quotes/patel-facebook-blind-itself/');
    expect(checkLines(page, '[data-variant="itv-news-2021-04-19"]')).toEqual([
      'Checked word for word against our copy of ITV News.',
      'Checked as far as our copy goes: it is an opening excerpt that ends inside this passage (17 of 33 words).',
    ]);
    expect(checkLines(page, '[data-variant="computer-weekly-2021-04-18"]')).toEqual([
      'Checked word for word against our copy of Computer Weekly.',
      'Checked word for word against our copy of Computer Weekly.',
    ]);
    expect(checkLines(page, '[data-variant="digit-2021-04"]')).toEqual([
      'Not checked: we hold no copy of this source.',
      'Not checked: we hold no copy of this source.',
    ]);
  });

  it('does not count words past the end of an excerpt against a wording, nor as checked', async () => {
    const page = await readPage(site.outDir, '/quotes/patel-not-acceptable/');
    expect(checkLines(page, '[data-variant="itv-news-2021-04-19"]')).toEqual([
      'Not checked: beyond the opening excerpt we hold.',
    ]);
  });

  it('builds without the snapshot folder, saying nothing about checks rather than that no copy is held', async () => {
    // The record built for another host, by someone with no copies of the sources.
    const withoutSnapshots = await underBasePathBuild();
    expect(withoutSnapshots.code, withoutSnapshots.output).toBe(0);
    expect(withoutSnapshots.output).toMatch(
      /no snapshot folder at .*no-such-folder: quote pages will not say which quotes were checked/,
    );
    const page = await readPage(withoutSnapshots.outDir, '/quotes/patel-facebook-blind-itself/');
    expect(page.querySelector('[data-wording-check]')).toBeNull();
  });
});
