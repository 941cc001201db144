import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { resultPaths } from '../helpers/search.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';

const running = useBrowserOnSite();

// src/scripts/pagefind-internals.ts reaches into Pagefind's Component UI where its public API has
// no hook. An upgrade of Pagefind that moves one of those members fails here, by name.
describe('Pagefind’s private members the search page relies on', () => {
  it('are pinned: package.json names one exact version of Pagefind', async () => {
    const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.dependencies.pagefind).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.devDependencies.pagefind).toBeUndefined();
  });

  it('are all there in the Component UI of the pinned version, and the page meets no error', async () => {
    const page = await running.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${running.site.url}search/?q=encryption`);
    await resultPaths(page);
    const members = await page.evaluate(() => {
      const instance = (
        window as unknown as {
          PagefindComponents: { getInstanceManager(): { getInstance(n: string): Record<string, unknown> } };
        }
      ).PagefindComponents.getInstanceManager().getInstance('default');
      const engine = instance.__pagefind__ as { search?: unknown } | null | undefined;
      return {
        '__pagefind__.search': typeof engine?.search,
        __dispatch__: typeof instance.__dispatch__,
        faceted: typeof instance.faceted,
        searchResult: typeof instance.searchResult,
        pagefindOptions: typeof instance.pagefindOptions,
        availableFilters: typeof instance.availableFilters,
        totalFilters: typeof instance.totalFilters,
      };
    });
    expect(members).toEqual({
      '__pagefind__.search': 'function',
      __dispatch__: 'function',
      faceted: 'boolean',
      searchResult: 'object',
      pagefindOptions: 'object',
      availableFilters: 'object',
      totalFilters: 'object',
    });
    expect(errors.filter((e) => /PagefindInternalsMoved|Pagefind's Component UI has no/.test(e))).toEqual([]);
    await page.close();
  });
});
