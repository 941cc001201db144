import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildLock } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-script.ts';

it('npm run bench at its smallest size, timing two queries, measures both archives, prints the table and writes the figures where told', async () => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'otr-bench-')), 'latest.json');
  // Its builds write the project's .astro/ like any other, so each takes its turn with the tests' builds.
  const run = await runScript('bench', ['--quotes', '20', '--queries', '2', '--out', out], {
    OTR_BUILD_LOCK: buildLock,
  });
  expect(run.code, run.output).toBe(0);
  expect(run.output).toMatch(/targets:\n(\s+(met|NOT met)\s+\w+\n)+/);
  const report = JSON.parse(await readFile(out, 'utf8'));
  expect([report.full.quotes, report.half.quotes]).toEqual([20, 10]);
  expect(report.full.astro_build_s).toBeGreaterThan(0);
  expect(report.full.query_first_result_ms_median).toBeGreaterThan(0);
}, 600_000);
