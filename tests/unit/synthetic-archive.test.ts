import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITED_WORDS, editOneQuote, generateArchive } from '../../src/cli/bench/generate-archive.ts';

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

  it('takes a curator’s edit between builds: the first quote’s words gain a sentence, and nothing else changes', async () => {
    const [before, after] = await Promise.all([scratch(), scratch()]);
    await generateArchive(before, 60);
    await generateArchive(after, 60);
    const edited = await editOneQuote(after);
    expect(edited.id).toBe('quote-00001');
    const file = 'quotes/quote-00001.yaml';
    const [was, now] = await Promise.all([before, after].map((dir) => readFile(path.join(dir, file), 'utf8')));
    const words = (yaml: string) => JSON.parse(/^text: (.*)$/m.exec(yaml)![1]) as string;
    expect(words(now)).toBe(`${words(was)} ${EDITED_WORDS}`);
    expect(edited.text).toBe(words(now));
    expect(now.replace(/^text: .*$/m, '')).toBe(was.replace(/^text: .*$/m, ''));
  });
});
