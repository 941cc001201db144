import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { resultPaths, searchWords } from '../helpers/search.ts';

const running = useBrowserOnSite();

/** What the results list shows for each quote found: its page's path and the words under its title. */
async function quoteExcerpts(query: string) {
  const page = running.tab;
  await page.goto(`${running.site.url}search/?q=${encodeURIComponent(query)}`);
  await resultPaths(page);
  const shown = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL(item.querySelector<HTMLAnchorElement>('.search-result-title a')!.href).pathname,
      excerpt: item.querySelector('.search-result-excerpt')?.textContent ?? '',
      marked: [...item.querySelectorAll('.search-result-excerpt mark')].map((m) => m.textContent),
    })),
  );
  return shown.filter((r) => r.path.startsWith('/quotes/'));
}

describe('the words shown under a quote found by search', () => {
  it('are the quotation or its context, never the names, roles and labels of its page', async () => {
    const quotes = new Map((await readQuoteFiles()).map((q) => [q.id, q]));
    // A short quotation with a context, and a long one without.
    for (const [query, expected] of [
      ['moral duty', 'patel-moral-duty'],
      ['guardrail', 'wanless-government-must-be-the-guardrail'],
    ] as const) {
      const results = await quoteExcerpts(query);
      expect(
        results.map((r) => r.path),
        query,
      ).toContain(`/quotes/${expected}/`);
      for (const { path, excerpt, marked } of results) {
        const quote = quotes.get(path.split('/')[2])!;
        expect(excerpt, path).not.toBe('');
        expect(marked.length, `${path}: the searched words are marked`).toBeGreaterThan(0);
        const ownWords = searchWords(`${quote.text} ${quote.context ?? ''}`);
        expect(ownWords, `${path} shows “${excerpt}”`).toContain(searchWords(excerpt));
      }
    }
  });
});
