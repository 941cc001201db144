import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '../helpers/paths.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';

/** Writes a file, making its folder. */
async function put(file: string, text: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

describe('npm run build over the output of an earlier build', () => {
  it('leaves no page of the old site, and no copy of it behind', async () => {
    const copy = await projectCopy('rebuild');
    const { OTR_OUT_DIR: site, OTR_CACHE_DIR: cache } = copy.env;
    // What earlier builds left: a page of an entry since retired, a file at the top, and the old
    // output of a build killed while that was being deleted (its process id above Linux's largest).
    await put(path.join(site, 'quotes/a-retired-quote/index.html'), '<p>retired</p>');
    await put(path.join(site, 'stale.txt'), 'stale');
    await put(path.join(cache, 'previous-output-4194305/quotes/old/index.html'), '<p>old</p>');

    const built = await runScript('build', [], { ...copy.env, OTR_CONTENT_DIR: fixtureRecord }, copy.root);
    expect(built.code, built.output).toBe(0);

    const files = (await readdir(site, { recursive: true })).map((f) => f.split(path.sep).join('/'));
    expect(files).toContain('quotes/index.html');
    expect(files.filter((f) => f.startsWith('quotes/a-retired-quote') || f === 'stale.txt')).toEqual([]);
    expect((await readdir(cache)).filter((name) => name.startsWith('previous-output'))).toEqual([]);
  }, 120_000);
});
