import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectCopy } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';

it('npm run bench at its smallest size, timing two queries, measures both archives, prints the table and writes the figures where told', async () => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'otr-bench-')), 'latest.json');
  // In a copy of the project: its builds write their root's .astro/ like any other (see projectCopy).
  const copy = await projectCopy('bench');
  const run = await runScript('bench', ['--quotes', '20', '--queries', '2', '--out', out], {}, copy.root);
  expect(run.code, run.output).toBe(0);
  expect(run.output).toMatch(/targets:\n(\s+(met|NOT met)\s+\w+\n)+/);
  const report = JSON.parse(await readFile(out, 'utf8'));
  expect([report.full.quotes, report.half.quotes]).toEqual([20, 10]);
  expect(report.full.astro_build_s).toBeGreaterThan(0);
  expect(report.full.query_first_result_ms_median).toBeGreaterThan(0);
}, 600_000);
