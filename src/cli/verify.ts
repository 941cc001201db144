/**
 * `npm run verify [-- --snapshots DIR]`: checks every quote taken from a source with a
 * snapshot against that snapshot, word for word, and its paragraph number, and says of every
 * wording how far it could be checked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../lib/validation/content-problem.ts';
import { countOf } from '../lib/wording/count-of.ts';
import { verifyQuotes, type WordingCheck, type WordingStatus } from '../lib/fidelity/verify-quotes.ts';
import { contentDir, snapshotDir } from '../settings.ts';
import { loadValidContent } from './load-valid-content.ts';

const STATUS_LINES: Record<WordingStatus, string> = {
  verified: 'verified word for word',
  'verified-to-excerpt-end': 'verified as far as the excerpt goes (it ends inside the wording)',
  'beyond-excerpt': 'not checked: beyond the opening excerpt held',
  'no-snapshot': 'not checked: the source has no snapshot',
  'snapshot-missing': 'not checked: the snapshot named could not be read',
  mismatch: 'not as the snapshot prints them (see below)',
};

function wordingName(w: WordingCheck): string {
  return `quotes/${w.quote}${w.variant === undefined ? '' : ` variants[${w.variant}]`} (${w.source})`;
}

function summary(wordings: WordingCheck[]): string {
  const lines = [`What the check could say of ${countOf(wordings.length, 'wording')}:`];
  for (const status of Object.keys(STATUS_LINES) as WordingStatus[]) {
    const n = wordings.filter((w) => w.status === status).length;
    if (n > 0) lines.push(`  ${String(n).padStart(3)} ${STATUS_LINES[status]}`);
  }
  const partial = wordings.filter((w) => w.status === 'verified-to-excerpt-end');
  if (partial.length > 0) lines.push('Checked as far as the excerpt goes:');
  for (const w of partial) lines.push(`  ${wordingName(w)}: ${w.wordsChecked} of ${w.words} words`);
  const beyond = wordings.filter((w) => w.status === 'beyond-excerpt');
  if (beyond.length > 0) lines.push('Beyond the opening excerpt held:');
  for (const w of beyond) lines.push(`  ${wordingName(w)}`);
  return `${lines.join('\n')}\n`;
}

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

process.stdout.write(summary(report.wordings));
if (report.withdrawn.length > 0) {
  process.stdout.write(
    `Not checked, withdrawn from the record: ${report.withdrawn.map((id) => `quotes/${id}`).join(', ')}\n`,
  );
}
if (report.problems.length > 0) {
  process.stderr.write(
    `${countOf(report.problems.length, 'problem')} found checking quotes against the snapshots in ${folder}:\n${formatProblems(report.problems)}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `${countOf(report.checked, 'wording')} checked against ${report.snapshots.join(', ') || 'no snapshot'} in ${folder}: all word for word, in the paragraphs recorded.\n`,
);
