import { describe, expect, it } from 'vitest';
import { facetCount, resultCount, resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

describe('filtering search results', () => {
  it('narrows the results to the chosen speaker, as many as the facet counted, and records it in the URL', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=encryption`);
    await resultPaths(page);
    const all = await resultCount(page);
    const counted = await facetCount(page, 'speaker', 'Priti Patel');
    await page.locator('pagefind-filter-pane input[name="speaker"][value="Priti Patel"]').check();
    await page.waitForURL(/\?q=encryption&speaker=priti-patel$/);
    await expect.poll(() => resultCount(page)).toBe(counted);
    expect(counted).toBeLessThan(all);
    // Each result fills in as its data arrives, later on a busy machine: wait for every one.
    const lines = page.locator('.search-result-facts');
    await expect.poll(async () => (await lines.allInnerTexts()).filter((line) => line.trim() === '').length).toBe(0);
    const facts = await lines.allInnerTexts();
    expect(facts.length).toBeGreaterThan(0);
    for (const line of facts) expect(line).toMatch(/^Priti Patel · /);
  });

  it('shows the same results after reloading a shared URL with a query, a filter and an order', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=encryption&delivery=prepared-remarks&sort=newest`);
    const first = await resultPaths(page);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(first.every((p) => p.startsWith('/quotes/patel-'))).toBe(true);
    await expect.poll(() => page.locator('[data-search-sort]').inputValue()).toBe('newest');
    await page.reload();
    expect(await resultPaths(page)).toEqual(first);
    expect(await resultCount(page)).toBe(count);
    expect(page.url()).toMatch(/\?q=encryption&delivery=prepared-remarks&sort=newest$/);
  });

  it('goes back to the previous search with the browser’s back button, and forward again', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=guardrail`);
    const guardrail = await resultPaths(page);
    await page.locator('pagefind-input input').fill('moral duty');
    await page.waitForURL(/q=moral\+duty/);
    const moralDuty = await resultPaths(page);
    expect(moralDuty).not.toEqual(guardrail);
    await page.goBack();
    await page.waitForURL(/q=guardrail/);
    expect(await resultPaths(page)).toEqual(guardrail);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('guardrail');
    await page.goForward();
    await page.waitForURL(/q=moral\+duty/);
    expect(await resultPaths(page)).toEqual(moralDuty);
  });

  it('shows each result’s speaker, date and delivery, with the searched words marked', async () => {
    const page = running.tab;
    await page.goto(`${running.site.url}search/?q=guardrail`);
    await resultPaths(page);
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result-facts').innerText()).toBe(
      'Sir Peter Wanless · April 2021 · Statement (the source does not say whether written or spoken)',
    );
    expect(await first.locator('mark').first().innerText()).toMatch(/guardrail/i);
  });
});
