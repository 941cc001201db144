/**
 * `npm run record-hashes`: records the published facts of every quote as they now stand (words,
 * date, speaker, source, outlets: see `recordQuoteHashes`), in `<content>/quote-hashes.json`. It
 * refuses while any of them changed with no correction naming it, so the record can only move on
 * with the change written down.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { QUOTE_HASHES_FILE, recordQuoteHashes } from '../lib/quote-hashes';
import { contentDir } from '../settings';
import { loadValidContent } from './load-valid-content';

const record = loadValidContent(contentDir);
const file = path.join(contentDir, QUOTE_HASHES_FILE);
writeFileSync(file, `${JSON.stringify(recordQuoteHashes(record.quotes), null, 2)}\n`);
process.stdout.write(`Recorded the words, date, speaker, source and outlets of ${record.quotes.length} quotes in ${path.relative(process.cwd(), file)}.\n`);
