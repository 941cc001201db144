import type { Page } from 'playwright-core';

/** Runs of `length` consecutive words of a text, starting every `stride` words, and the last run. */
export function wordRuns(text: string, length: number, stride: number): string[] {
  const words = text.split(/\s+/);
  const starts = new Set<number>();
  for (let i = 0; i + length <= words.length; i += stride) starts.add(i);
  starts.add(Math.max(0, words.length - length));
  return [...starts].map((i) => words.slice(i, i + length).join(' '));
}

/**
 * A text's words as search sees them: lower case, punctuation and quotation marks dropped, with a
 * space at each end so that `includes` finds whole words only.
 */
export function searchWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')} `;
}

/**
 * The ids of every quote whose words hold the phrase: when two quotations share five words (a
 * speech as released in advance and as delivered, say), either one first is a right answer.
 */
export function quotesHolding(quotes: { id: string; text: string }[], phrase: string): string[] {
  const words = searchWords(phrase);
  return quotes.filter((q) => searchWords(q.text).includes(words)).map((q) => q.id);
}

/** The paths (no query string) the result list links to, once the search has settled. */
export async function resultPaths(page: Page): Promise<string[]> {
  let previous = '';
  for (let tries = 0; tries < 50; tries++) {
    const links = await page
      .locator('.search-result-title a')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const current = links.join('\n');
    if (links.length > 0 && current === previous) return links;
    previous = current;
    await page.waitForTimeout(150);
  }
  throw new Error(`search results did not settle on ${page.url()}`);
}

/**
 * The count a filter shows next to one of its values, once the counts of the search are in: they
 * arrive after its results (src/scripts/results-before-counts.ts), and until then the filters are
 * marked busy.
 */
export async function facetCount(page: Page, filter: string, value: string): Promise<number> {
  await page.locator('[data-search-filters]:not([aria-busy])').waitFor();
  const label = page.locator(`pagefind-filter-pane label:has(input[name="${filter}"][value="${value}"])`);
  return Number(await label.locator('.pf-filter-checkbox-count').innerText());
}

/** How many results the summary line above the list reports, e.g. 4 for "4 results for guardrail". */
export async function resultCount(page: Page): Promise<number> {
  const summary = await page.locator('pagefind-summary').innerText();
  return Number(/^(\d+) results?/.exec(summary)?.[1] ?? NaN);
}

/** The search page's window, as far as tests reach into Pagefind's Component UI. */
export interface SearchPageWindow {
  PagefindComponents: {
    getInstanceManager(): {
      getInstance(name: string): {
        __pagefind__: {
          search(term: string, options: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        /** Called with the words of each search the Component UI runs, once the box's pause is over. */
        on(event: 'search', callback: (term: string) => void): void;
      };
    };
  };
}

/** A phrase to search for, the paths any of which is a right first result, and a label for a miss. */
export interface FirstResultCase {
  phrase: string;
  paths: string[];
  label?: string;
}

/**
 * The cases whose first result is none of their paths, one line each ("label: “phrase” → url"),
 * asked of the search page's own engine so that the ranking tested is the one readers get.
 */
export function firstResultMisses(page: Page, cases: FirstResultCase[]): Promise<string[]> {
  return page.evaluate(async (cases) => {
    const { PagefindComponents } = window as unknown as SearchPageWindow;
    const engine = PagefindComponents.getInstanceManager().getInstance('default').__pagefind__;
    const missed: string[] = [];
    for (const { label, paths, phrase } of cases) {
      const [first] = (await engine.search(phrase, {})).results;
      const url = first && (await first.data()).url;
      if (!paths.some((path) => url?.startsWith(path))) missed.push(`${label ? `${label}: ` : ''}“${phrase}” → ${url}`);
    }
    return missed;
  }, cases);
}
