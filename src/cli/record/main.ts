/**
 * `npm run record`: a curator's bookkeeping after adding or correcting a quote. The npm script
 * builds the site first (a build refuses broken content, and tells which URLs it publishes);
 * this then records every quote as it now stands in `<content>/quote-hashes.json`, adds every
 * URL the build published to `<content>/published-urls.json`, and prints what it changed.
 *
 * Quotes are recorded by the quote-hashes module, so whatever it comes to record of a quote is
 * recorded here too. URLs are only ever added.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readManifest } from '../../integrations/published-urls.ts';
import { listBuiltPaths } from '../../lib/permalinks/list-built-paths.ts';
import { MANIFEST_FILE, findUnlistedUrls, updateManifest } from '../../lib/permalinks/published-urls.ts';
import { QUOTE_HASHES_FILE, recordQuoteHashes } from '../../lib/validation/quote-hashes.ts';
import { compareRecordedQuotes, describeRecordChanges } from './record-changes.ts';
import { contentDir, outDir } from '../../settings.ts';
import { loadValidContent } from '../load-valid-content.ts';

/** A path as the curator's shell sees it: from the project when inside it, else in full. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};
const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

if (!existsSync(outDir)) {
  process.stderr.write(
    `There is no built site in ${shown(outDir)} to read the published URLs from: run \`npm run record\`, which builds it first.\n`,
  );
  process.exit(1);
}

const record = loadValidContent(contentDir);
const rewritten: string[] = [];

// The quotes.
const quotesFile = path.join(contentDir, QUOTE_HASHES_FILE);
const quotesText = readText(quotesFile);
const quotesBefore = quotesText === undefined ? {} : (JSON.parse(quotesText) as Record<string, unknown>);
const quotesAfter = recordQuoteHashes(record.quotes);
const quoteChanges = compareRecordedQuotes(quotesBefore, quotesAfter);
if (asJson(quotesAfter) !== quotesText) {
  writeFileSync(quotesFile, asJson(quotesAfter));
  const { newlyRecorded, reRecorded, noLongerRecorded } = quoteChanges;
  if ([newlyRecorded, reRecorded, noLongerRecorded].every((ids) => ids.length === 0)) rewritten.push(shown(quotesFile));
}

// The published URLs.
const urlsFile = path.join(contentDir, MANIFEST_FILE);
const urlsText = readText(urlsFile);
const manifestBefore = await readManifest(contentDir);
const built = await listBuiltPaths(outDir);
const urlsAdded = findUnlistedUrls(manifestBefore ?? { about: '', urls: [] }, built);
const manifestAfter = updateManifest(manifestBefore, built);
if (asJson(manifestAfter) !== urlsText) {
  writeFileSync(urlsFile, asJson(manifestAfter));
  if (urlsAdded.length === 0) rewritten.push(shown(urlsFile));
}

const latestCorrection = (id: string) => {
  const correction = record.quotes.find((q) => q.id === id)?.data.corrections.at(-1);
  return correction && { date: correction.date.iso, changed: correction.changed };
};
process.stdout.write(
  `${describeRecordChanges({ ...quoteChanges, urlsAdded }, { quotes: shown(quotesFile), urls: shown(urlsFile) }, latestCorrection, rewritten)}\n`,
);
