import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { fixtureRecord } from './paths.ts';

/** A quote file of the fixture record, read straight from YAML, independent of the site's code. */
export interface QuoteFile {
  id: string;
  text: string;
  speaker: string;
  onBehalfOf?: string;
  date?: unknown;
  delivery: string;
  source: string;
  event?: string;
  claims?: { claim: string; stance: string }[];
  context?: string;
  /** Set on a quote taken off the record (its page stays). */
  withdrawn?: { date: string; reason: string; replacedBy?: string };
}

/** The content folder the tests of behaviour read and build: the fixture record. */
export const contentDir = fixtureRecord;

/** Every quote file of a record (the fixture record unless told), the withdrawn ones too: each has a page. */
export async function readQuoteFiles(record = contentDir): Promise<QuoteFile[]> {
  const dir = path.join(record, 'quotes');
  return Promise.all(
    (await readdir(dir)).map(async (file) => ({
      id: file.replace(/\.ya?ml$/, ''),
      ...(loadYaml(await readFile(path.join(dir, file), 'utf8')) as Omit<QuoteFile, 'id'>),
    })),
  );
}

/** The quotes a record holds (the fixture record unless told): every quote file but the withdrawn. */
export async function readQuotesOnRecord(record = contentDir): Promise<QuoteFile[]> {
  return (await readQuoteFiles(record)).filter((quote) => !quote.withdrawn);
}

/**
 * A quote file with one more correction at the end of its list, starting the list when it has
 * none. The content files keep `corrections:` as their last field, as the record's own do.
 */
export function withCorrection(yaml: string, correction: string): string {
  const entry = correction.replace(/^/gm, '  ').replace(/^  /, '  - ');
  if (!/^corrections:$/m.test(yaml)) return `${yaml.trimEnd()}\ncorrections:\n${entry}\n`;
  if (!/^corrections:\n(  .*\n?)*$/m.test(yaml.trimEnd() + '\n'))
    throw new Error('corrections: is not the last field of this quote file');
  return `${yaml.trimEnd()}\n${entry}\n`;
}
