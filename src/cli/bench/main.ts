/**
 * `npm run bench -- --quotes N`: builds a synthetic archive of N quotes and of N/2 with the real
 * site code, measures both against the floor, prints a table and writes bench/results/latest.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureArchive, projectRoot } from './measure-archive.ts';
import { buildReport, formatTable } from './report.ts';

const { values } = parseArgs({
  options: {
    quotes: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(projectRoot, 'bench/results/latest.json') },
  },
});
const quotes = Number(values.quotes);
if (!Number.isInteger(quotes) || quotes < 20) {
  console.error(`--quotes must be a whole number of at least 20 (got "${values.quotes}")`);
  process.exit(2);
}

const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const half = await measureArchive(Math.round(quotes / 2), log, values.keep);
const full = await measureArchive(quotes, log, values.keep);
const report = buildReport(full, half);
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(values.out, JSON.stringify(report, null, 2) + '\n');
console.log(formatTable(report));
console.log(`\nwritten to ${path.relative(process.cwd(), values.out)}`);
