/**
 * `npm run coverage [-- --snapshots DIR]`: prints, for every snapshot in the snapshot folder,
 * each passage it prints in quotation marks and where the record holds it (a quote or variant,
 * or content/left-out.yaml), and exits 1 when a passage is held nowhere, a left-out entry
 * matches no passage, or no source names a snapshot.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load as loadYaml } from 'js-yaml';
import { formatProblems } from '../lib/validation/content-problem.ts';
import { countOf } from '../lib/wording/count-of.ts';
import { coverPassages, type PassageCoverage } from '../lib/fidelity/passage-coverage.ts';
import { displayPath } from '../lib/validation/read-content-folder.ts';
import { problemsFromIssues } from '../lib/validation/zod-problems.ts';
import { LeftOutSchema, type LeftOutPassage } from '../schemas/left-out.ts';
import { contentDir, snapshotDir } from '../settings.ts';
import { loadValidContent } from './load-valid-content.ts';

const LEFT_OUT_FILE = 'left-out.yaml';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The committed list of passages left out; none when the file does not exist yet. */
function readLeftOut(file: string): LeftOutPassage[] {
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = loadYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(
      `${displayPath(file)} → (file): not valid YAML (${(error as Error).message}): check indentation, colons and quotation marks`,
    );
  }
  const parsed = LeftOutSchema().safeParse(data);
  if (!parsed.success) fail(formatProblems(problemsFromIssues(displayPath(file), parsed.error.issues)));
  return parsed.data.passages;
}

function whereHeld(p: PassageCoverage): string {
  switch (p.home.kind) {
    case 'record':
      return p.home.wordings.join(' + ');
    case 'left-out':
      return `left out (${p.home.reason})`;
    case 'withdrawn':
      return `withdrawn (${p.home.wordings.join(' + ')})`;
    case 'unaccounted':
      return 'UNACCOUNTED';
  }
}

const { values } = parseArgs({ options: { snapshots: { type: 'string' } } });
const folder = path.resolve(values.snapshots ?? snapshotDir);
if (!existsSync(folder)) {
  fail(
    `There is no snapshot folder at ${folder}: the snapshots live in content/snapshots/ (restore it from the repository), or point to another folder with --snapshots DIR or OTR_SNAPSHOT_DIR.`,
  );
}
const record = loadValidContent(contentDir);
const leftOutFile = path.join(contentDir, LEFT_OUT_FILE);
const report = coverPassages({
  snapshots: readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(folder, file), 'utf8') })),
  sources: record.sources,
  quotes: record.quotes,
  leftOut: { file: displayPath(leftOutFile), passages: readLeftOut(leftOutFile) },
  snapshotPath: (file) => displayPath(path.join(folder, file)),
});

for (const snapshot of report.snapshots) {
  const named = snapshot.sources.length > 0 ? snapshot.sources.join(', ') : 'named by no source';
  process.stdout.write(
    `${snapshot.file} (${named}): ${countOf(snapshot.passages.length, 'passage')} in quotation marks\n`,
  );
  for (const p of snapshot.passages) {
    const cut = p.end === 'cut' ? ' (cut off by the end of the excerpt)' : '';
    process.stdout.write(`  line ${p.line}: “${p.passage}”${cut} → ${whereHeld(p)}\n`);
  }
}
if (report.problems.length > 0) {
  fail(
    `\n${countOf(report.problems.length, 'problem')} with the passages in quotation marks in ${folder}:\n${formatProblems(report.problems)}\n` +
      `Every passage a source prints in quotation marks is either on record (a quote, or a variant of the quote it repeats, from that source) or listed in ${displayPath(leftOutFile)} with the reason it is left out.`,
  );
}
const passages = report.snapshots.flatMap((s) => s.passages);
const withdrawn = passages.filter((p) => p.home.kind === 'withdrawn').length;
process.stdout.write(
  `\nAll ${countOf(passages.length, 'passage')} in quotation marks in ${countOf(report.snapshots.length, 'snapshot')} are on record or left out with a reason` +
    (withdrawn > 0
      ? ` (${countOf(withdrawn, 'passage')} held by a quote withdrawn since, whose page gives the reason).\n`
      : '.\n'),
);
