/**
 * `npm run verify [-- --snapshots DIR]`: checks every quote taken from a source with a
 * snapshot against that snapshot, word for word, and its paragraph number.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../lib/curator-error';
import { countOf } from '../lib/labels';
import { verifyQuotes } from '../lib/verify-quotes';
import { contentDir, snapshotDir } from '../settings';
import { loadValidContent } from './load-valid-content';

const { values } = parseArgs({ options: { snapshots: { type: 'string' } } });
const folder = path.resolve(values.snapshots ?? snapshotDir);
if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  // One message for the folder rather than one per source: every snapshot is missing for the same reason.
  const namedBy = values.snapshots
    ? 'named by --snapshots'
    : process.env.OTR_SNAPSHOT_DIR
      ? 'named by OTR_SNAPSHOT_DIR'
      : 'where the content folder keeps its snapshots';
  process.stderr.write(
    `There is no snapshot folder at ${folder} (${namedBy}), so no quote can be checked word for word.\n` +
      `The snapshots are committed with the content in content/snapshots/: restore that folder (git checkout -- content/snapshots), ` +
      `or point to another folder with OTR_SNAPSHOT_DIR=DIR or npm run verify -- --snapshots DIR.\n`,
  );
  process.exit(1);
}
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
