import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readQuotesOnRecord, type QuoteFile } from '../helpers/content-files.ts';
import { quotesHolding, resultPaths, wordRuns, firstResultMisses } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();
let quotes: QuoteFile[];

beforeAll(async () => {
  quotes = await readQuotesOnRecord();
});

async function openSearch(query: string): Promise<Page> {
  const page = running.tab;
  await page.goto(`${running.site.url}search/?q=${encodeURIComponent(query)}`);
  return page;
}

describe('searching for words of a quotation', () => {
  it('puts Sir Peter Wanless’s quote first for “guardrail”', async () => {
    const page = await openSearch('guardrail');
    expect((await resultPaths(page))[0]).toBe('/quotes/wanless-government-must-be-the-guardrail/');
  });

  // Asked of the search page's engine, as the box asks it (the “guardrail” case above goes
  // through the box itself): typing some sixty phrases took 45 s of a busy machine's time.
  it('puts the quote first for five words from the middle of every quotation in the record', async () => {
    const page = await openSearch('encryption');
    await resultPaths(page);
    const runs = quotes.map((quote) => {
      const all = wordRuns(quote.text, 5, 1);
      const phrase = all[Math.floor(all.length / 2)];
      return { label: quote.id, phrase, paths: quotesHolding(quotes, phrase).map((id) => `/quotes/${id}/`) };
    });
    for (const run of runs) expect(run.paths, `“${run.phrase}”`).toContain(`/quotes/${run.label}/`);
    expect(await firstResultMisses(page, runs)).toEqual([]);
  });

  it('puts the quote first for runs of five words taken all through every quotation', async () => {
    const page = await openSearch('encryption');
    await resultPaths(page);
    const runs = quotes.flatMap((q) =>
      wordRuns(q.text, 5, 3).map((phrase) => ({
        phrase,
        paths: quotesHolding(quotes, phrase).map((id) => `/quotes/${id}/`),
      })),
    );
    const misses = await firstResultMisses(page, runs);
    expect(runs.length).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });
});
