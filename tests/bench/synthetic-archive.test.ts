import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/cli/bench/generate-archive';
import { buildSite } from '../helpers/build-site';
import { readPage, visibleText } from '../helpers/html';

describe('the benchmark’s synthetic archive', () => {
  it('is the same archive every time it is generated', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => mkdtemp(path.join(os.tmpdir(), 'otr-gen-'))));
    await generateArchive(a, 60);
    await generateArchive(b, 60);
    const file = 'quotes/quote-00042.yaml';
    expect(await readFile(path.join(a, file), 'utf8')).toBe(await readFile(path.join(b, file), 'utf8'));
  });

  it('builds into a page for every quote, stakeholder and claim it holds', async () => {
    const contentDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'otr-gen-')), 'content');
    const size = await generateArchive(contentDir, 60);
    expect(size).toMatchObject({ quotes: 60, stakeholders: 3, claims: 6, sources: 2 });

    const build = await buildSite({ contentDir });
    expect(build.code, build.output).toBe(0);
    const built = async (kind: string) =>
      (await readdir(path.join(build.outDir, kind), { withFileTypes: true })).filter((d) => d.isDirectory()).length;
    expect(await built('quotes')).toBe(60);
    expect(await built('stakeholders')).toBe(3);
    expect(await built('claims')).toBe(6);

    const text = (await readFile(path.join(contentDir, 'quotes/quote-00001.yaml'), 'utf8')).match(/^text: (.*)$/m)![1];
    const page = await readPage(build.outDir, '/quotes/quote-00001/');
    expect(visibleText(page.querySelector('#quotation'))).toBe(JSON.parse(text));
  });
});
