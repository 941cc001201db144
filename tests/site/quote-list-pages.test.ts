import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendedRecordBuild, MORE_ANSWERS } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { readQuotesOnRecord } from '../helpers/content-files.ts';

describe('the list of quotes of a record of more than a hundred', () => {
  it('shows a hundred to a page, the first page at /quotes/ and the rest at /quotes/page/N/', async () => {
    // The fixture record with sixty more quotes: more than a hundred in all.
    const build = await extendedRecordBuild();
    expect(build.code, build.output).toBe(0);
    const total = (await readQuotesOnRecord()).length + MORE_ANSWERS;
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThanOrEqual(200);
    const cards = async (pagePath: string) =>
      (await readPage(build.outDir, pagePath)).querySelectorAll('[data-quote]').length;
    expect([await cards('/quotes/'), await cards('/quotes/page/2/')]).toEqual([100, total - 100]);
    expect(await readdir(path.join(build.outDir, 'quotes/page'))).toEqual(['2']);
    const pager = (await readPage(build.outDir, '/quotes/page/2/')).querySelector('nav.pager');
    expect(visibleText(pager)).toBe('1 2');
    expect(pager?.querySelector('a')?.getAttribute('href')).toBe('/quotes/');
  });
});
