import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../helpers/content-copy.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';

/** Every file of a built site, as its path and a digest of its bytes. */
async function siteFiles(site: string): Promise<Map<string, string>> {
  const files = (await readdir(site, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const digests = await Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return [
        path.relative(site, file),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ] as const;
    }),
  );
  return new Map(digests.sort(([a], [b]) => a.localeCompare(b)));
}

/** How many pages Astro says it kept from the last build (in place, or copied back) rather than rendered. */
const reused = (output: string) => output.match(/\((cached|restored)\)/g)?.length ?? 0;

/** The access date of an entry's citation download, as CSL-JSON date parts. */
async function accessed(site: string, entryPath: string): Promise<number[]> {
  const [item] = JSON.parse(await readFile(path.join(site, entryPath, 'cite.json'), 'utf8'));
  return item.accessed['date-parts'][0];
}

describe('npm run build again with the caches of the build before', () => {
  let content: ContentCopy;
  let env: Record<string, string>;
  let site: string;
  let cache: string;
  let first: { code: number; output: string };
  let firstFiles: Map<string, string>;
  let root: string;
  const build = () => runScript('build', [], env, root);

  beforeAll(async () => {
    content = await copyContent();
    const clone = await projectCopy('reuse');
    root = clone.root;
    site = clone.env.OTR_OUT_DIR;
    cache = clone.env.OTR_CACHE_DIR;
    env = { ...clone.env, OTR_CONTENT_DIR: content.dir, OTR_ACCESS_DATE: '2026-11-29' };
    first = await build();
    expect(first.code, first.output).toBe(0);
    firstFiles = await siteFiles(site);
  }, 300_000);

  it('writes the same site, every page, citation download and search file, keeping the pages and the index instead of making them again', async () => {
    const second = await build();
    expect(second.code, second.output).toBe(0);
    expect(await siteFiles(site)).toEqual(firstFiles);
    expect([...firstFiles.keys()]).toContain('pagefind/pagefind-entry.json');
    expect(first.output).toMatch(/Indexed \d+ pages for search/);
    expect(second.output).not.toMatch(/Indexed \d+ pages for search/);
    expect(second.output).toContain('The search index is the last build');
    expect([...firstFiles.keys()].filter((f) => f.endsWith('cite.ris')).length).toBeGreaterThan(50);
    expect(reused(first.output)).toBe(0);
    const quotes = (await readdir(path.join(content.dir, 'quotes'))).length;
    expect(reused(second.output)).toBeGreaterThan(quotes);
  }, 300_000);

  it('writes the whole site again when the output folder was deleted in between', async () => {
    await rm(site, { recursive: true, force: true });
    const again = await build();
    expect(again.code, again.output).toBe(0);
    expect(await siteFiles(site)).toEqual(firstFiles);
  }, 300_000);

  it('renders every page again after an edit, so a page showing the edited entry shows it, and on a new day gives the new date', async () => {
    // Left by hand in the output folder: gone once the inputs change, as the old output is.
    await writeFile(path.join(site, 'stray.txt'), 'not part of the site');
    // The speaker's name is shown on the pages and in the citations of their quotes, which are
    // other entries than the one edited.
    const profile = await content.read('stakeholders/facebook.mdx');
    await content.write('stakeholders/facebook.mdx', profile.replace(/^name: Facebook$/m, 'name: Facebook (now Meta)'));
    env.OTR_ACCESS_DATE = '2026-11-30';
    const edited = await build();
    expect(edited.code, edited.output).toBe(0);
    expect(reused(edited.output)).toBe(0);

    const page = await readPage(site, '/quotes/facebook-no-place-on-our-platforms/');
    expect(visibleText(page.querySelector('[data-speaker]'))).toContain('Facebook (now Meta)');
    const citation = await readFile(path.join(site, 'quotes/facebook-no-place-on-our-platforms/cite.ris'), 'utf8');
    expect(citation).toContain('Facebook (now Meta)');
    expect(await accessed(site, 'quotes/nspcc-either-or')).toEqual([2026, 11, 30]);
    expect((await siteFiles(site)).has('stray.txt')).toBe(false);
  }, 300_000);

  it('reuses no page after a build that did not finish', async () => {
    const finished = await siteFiles(site);
    // What a build killed part way leaves in the cache folder: its mark, with its process id.
    await writeFile(path.join(cache, 'build-running'), '4194305');
    const after = await build();
    expect(after.code, after.output).toBe(0);
    expect(reused(after.output)).toBe(0);
    expect(after.output).toContain('every page is rendered afresh');
    expect(await siteFiles(site)).toEqual(finished);
  }, 300_000);
});
