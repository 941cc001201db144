import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixtureRecord, projectRoot } from './paths.ts';

export interface ContentCopy {
  dir: string;
  read: (file: string) => Promise<string>;
  write: (file: string, text: string) => Promise<void>;
  /** Rewrites a file of the copy as `change` returns it. */
  edit: (file: string, change: (text: string) => string) => Promise<void>;
  remove: (file: string) => Promise<void>;
}

/**
 * A scratch copy of the fixture record that a test may break on purpose; with `overlay`, the files
 * of `tests/fixtures/<overlay>/` are added on top of it (a fixture that extends the record).
 */
export async function copyContent(overlay?: string): Promise<ContentCopy> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'otr-content-')), 'content');
  await cp(fixtureRecord, dir, { recursive: true });
  if (overlay) {
    await cp(path.join(projectRoot, 'tests/fixtures', overlay), dir, {
      recursive: true,
      filter: (file) => path.basename(file) !== 'README.md',
    });
  }
  const read = (file: string) => readFile(path.join(dir, file), 'utf8');
  const write = (file: string, text: string) => writeFile(path.join(dir, file), text);
  return {
    dir,
    read,
    write,
    edit: async (file, change) => write(file, change(await read(file))),
    remove: (file) => rm(path.join(dir, file)),
  };
}

/**
 * Adds `count` short paraphrases by the privacy advocates that dispute the claim Patel's prepared
 * remarks support (`quotes/<prefix>-1.yaml` …), for tests of a much-answered or much-matched quote.
 */
export async function addDisputingQuotes(
  content: { write: (file: string, text: string) => Promise<void> },
  prefix: string,
  count: number,
  text: (i: number) => string,
): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await content.write(
      `quotes/${prefix}-${i}.yaml`,
      [
        `text: "${text(i)}"`,
        'speaker: privacy-advocates',
        'source: eandt-moral-duty-2021',
        'paragraph: 13',
        'delivery: paraphrase',
        'claims:',
        '  - claim: facebook-plans-jeopardise-child-protection',
        '    stance: disputes',
      ].join('\n') + '\n',
    );
  }
}
