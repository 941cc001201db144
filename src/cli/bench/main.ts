/**
 * `npm run bench -- --quotes N`: builds a synthetic archive of N quotes and of N/2 with the real
 * site code (each built, built again with its caches kept, and the full size once more after one
 * quote is edited), measures both against the floor, prints a table and writes bench/results/latest.json.
 * `--queries N` times only the first N of the standard queries (all 10 by default), for a quick run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../browser.ts';
import type { ProfileFormat } from './generate-archive.ts';
import { measureArchive, projectRoot } from './measure-archive.ts';
import { buildReport, formatTable } from './report.ts';
import { BENCH_QUERIES } from './vocabulary.ts';

const { values } = parseArgs({
  options: {
    quotes: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    profiles: { type: 'string', default: 'md' },
    queries: { type: 'string', default: String(BENCH_QUERIES.length) },
    out: { type: 'string', default: path.join(projectRoot, 'bench/results/latest.json') },
  },
});
const quotes = Number(values.quotes);
// Below 20 quotes the archive would have no stakeholder to speak of.
if (!Number.isInteger(quotes) || quotes < 20) {
  console.error(`--quotes must be a whole number of at least 20 (got "${values.quotes}")`);
  process.exit(2);
}

if (values.profiles !== 'mdx' && values.profiles !== 'md') {
  console.error(`--profiles must be md (as content/ is) or mdx (got "${values.profiles}")`);
  process.exit(2);
}
const queryCount = Number(values.queries);
if (!Number.isInteger(queryCount) || queryCount < 1 || queryCount > BENCH_QUERIES.length) {
  console.error(`--queries must be a whole number from 1 to ${BENCH_QUERIES.length} (got "${values.queries}")`);
  process.exit(2);
}
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const browser = await launchBrowser();
try {
  const options = {
    log,
    keep: values.keep,
    profiles: values.profiles as ProfileFormat,
    queries: BENCH_QUERIES.slice(0, queryCount),
    browser,
  };
  const half = await measureArchive(Math.round(quotes / 2), options);
  // A rebuild after editing one quote is timed at the full size only: it costs a build.
  const full = await measureArchive(quotes, { ...options, editRebuild: true });
  const report = { ...buildReport(full, half), profiles: values.profiles };
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, JSON.stringify(report, null, 2) + '\n');
  console.log(formatTable(report));
  console.log(`\nwritten to ${path.relative(process.cwd(), values.out)}`);
} finally {
  await browser.close();
}
