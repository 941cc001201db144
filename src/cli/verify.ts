/**
 * `npm run verify [-- --snapshots DIR]`: checks every quote taken from a source with a
 * snapshot against that snapshot, word for word, and its paragraph number.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../lib/curator-error';
import { countOf } from '../lib/labels';
import { verifyQuotes } from '../lib/verify-quotes';
import { contentDir, snapshotDir } from '../settings';
import { loadValidContent } from './load-valid-content';

const { values } = parseArgs({ options: { snapshots: { type: 'string' } } });
const folder = path.resolve(values.snapshots ?? snapshotDir);
const record = loadValidContent(contentDir);
const report = verifyQuotes(record, (name) => {
  const file = path.join(folder, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});

if (report.problems.length > 0) {
  process.stderr.write(
    `${countOf(report.problems.length, 'problem')} found checking quotes against the snapshots in ${folder}:\n${formatProblems(report.problems)}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `${countOf(report.checked, 'wording')} checked against ${report.snapshots.join(', ') || 'no snapshot'} in ${folder}: all word for word, in the paragraphs recorded.\n`,
);
