import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { QUOTE_HASHES_FILE, recordQuoteHashes } from '../../src/lib/validation/quote-hashes.ts';
import { readContentFolder } from '../../src/lib/validation/read-content-folder.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { QuoteHashesSchema } from '../../src/schemas/quote-hashes.ts';
import { projectRoot } from '../helpers/paths.ts';

it('has the words, date, speaker, source and outlets of every quote in the real record recorded, so no later change can pass silently', async () => {
  const contentDir = path.join(projectRoot, 'content');
  const recorded = QuoteHashesSchema().parse(
    JSON.parse(await readFile(path.join(contentDir, QUOTE_HASHES_FILE), 'utf8')),
  );
  const { record } = validateContent(readContentFolder(contentDir));
  const now = recordQuoteHashes(record.quotes);
  const unrecorded = Object.keys(now).filter((id) => JSON.stringify(recorded[id]) !== JSON.stringify(now[id]));
  expect(unrecorded, 'run `npm run record` and commit content/quote-hashes.json').toEqual([]);
});
