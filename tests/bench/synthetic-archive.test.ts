import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/cli/bench/generate-archive.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { readPage, visibleText } from '../helpers/html.ts';

const scratch = () => mkdtemp(path.join(os.tmpdir(), 'otr-gen-'));

describe('the benchmark’s synthetic archive', () => {
  it('is the same archive every time it is generated', async () => {
    const [a, b] = await Promise.all([scratch(), scratch()]);
    await generateArchive(a, 60);
    await generateArchive(b, 60);
    const file = 'quotes/quote-00042.yaml';
    expect(await readFile(path.join(a, file), 'utf8')).toBe(await readFile(path.join(b, file), 'utf8'));
  });

  it('has N/20 stakeholders, N/10 claims and N/50 sources', async () => {
    expect(await generateArchive(path.join(await scratch(), 'content'), 250)).toMatchObject({
      quotes: 250,
      stakeholders: 13,
      claims: 25,
      sources: 5,
    });
  });
});

describe('a build of a synthetic archive of 250 quotes', () => {
  let contentDir: string;
  let build: BuildResult;
  beforeAll(async () => {
    contentDir = path.join(await scratch(), 'content');
    await generateArchive(contentDir, 250);
    build = await buildSite({ contentDir });
  });

  const folders = async (kind: string) =>
    (await readdir(path.join(build.outDir, kind), { withFileTypes: true })).filter((d) => d.isDirectory()).length;

  it('succeeds, with a page for every quote, stakeholder and claim', async () => {
    expect(build.code, build.output).toBe(0);
    // 250 quote pages, plus quotes/page/ holding pages 2 and 3 of the full list.
    expect(await folders('quotes')).toBe(251);
    expect(await folders('stakeholders')).toBe(13);
    expect(await folders('claims')).toBe(25);
  });

  it('prints each generated quotation word for word on its page', async () => {
    const yaml = await readFile(path.join(contentDir, 'quotes/quote-00001.yaml'), 'utf8');
    const text = JSON.parse(yaml.match(/^text: (.*)$/m)![1]);
    const page = await readPage(build.outDir, '/quotes/quote-00001/');
    expect(visibleText(page.querySelector('#quotation'))).toBe(text);
  });

  it('lists its quotes a hundred to a page, the first page at /quotes/', async () => {
    const cards = async (pagePath: string) =>
      (await readPage(build.outDir, pagePath)).querySelectorAll('[data-quote]').length;
    expect([await cards('/quotes/'), await cards('/quotes/page/2/'), await cards('/quotes/page/3/')]).toEqual([
      100, 100, 50,
    ]);
    const pager = (await readPage(build.outDir, '/quotes/page/2/')).querySelector('nav.pager');
    expect(visibleText(pager)).toBe('1 2 3');
    expect(pager?.querySelector('a')?.getAttribute('href')).toBe('/quotes/');
  });
});
