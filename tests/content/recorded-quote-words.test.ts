import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { hashQuoteText, QUOTE_HASHES_FILE } from '../../src/lib/quote-hashes';
import { readContentFolder } from '../../src/lib/read-content-folder';
import { validateContent } from '../../src/lib/validate-content';
import { projectRoot } from '../helpers/build-site';

it('has the words of every quote in the real record recorded, so no later change can pass silently', async () => {
  const contentDir = path.join(projectRoot, 'content');
  const recorded = JSON.parse(await readFile(path.join(contentDir, QUOTE_HASHES_FILE), 'utf8'));
  const { record } = validateContent(readContentFolder(contentDir));
  const unrecorded = record.quotes.filter((q) => recorded[q.id]?.hash !== hashQuoteText(q.data.text)).map((q) => q.id);
  expect(unrecorded, 'run `npm run record` and commit content/quote-hashes.json').toEqual([]);
});
