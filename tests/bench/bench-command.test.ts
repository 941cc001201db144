import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITED_WORDS } from '../../src/cli/bench/generate-archive.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { runScript } from '../helpers/run-script.ts';

/**
 * `npm run bench` at its smallest size, timing one query, keeping what it built: the figures it
 * writes, and the synthetic archive it built with the site's own code (its generator is tested
 * without a build in tests/unit/synthetic-archive.test.ts).
 */
describe('npm run bench -- --quotes 20 --queries 1 --keep', () => {
  let run: { code: number; output: string };
  let out: string;
  /** The folder kept for each size of archive, by its number of quotes. */
  let kept: Record<string, string>;
  beforeAll(async () => {
    out = path.join(await mkdtemp(path.join(os.tmpdir(), 'otr-bench-')), 'latest.json');
    // In a copy of the project: its builds write their root's .astro/ like any other (see projectCopy).
    const copy = await projectCopy('bench');
    run = await runScript('bench', ['--quotes', '20', '--queries', '1', '--keep', '--out', out], {}, copy.root);
    kept = Object.fromEntries([...run.output.matchAll(/(\d+) quotes: kept (\S+)/g)].map((m) => [m[1], m[2]]));
  }, 600_000);
  afterAll(async () => {
    await Promise.all(
      [path.dirname(out), ...Object.values(kept ?? {})].map((d) => rm(d, { recursive: true, force: true })),
    );
  });

  it('measures both archives, prints the table and writes the figures where told', async () => {
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/targets:\n(\s+(met|NOT met)\s+\w+\n)+/);
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect([report.full.quotes, report.half.quotes]).toEqual([20, 10]);
    expect(report.full.astro_build_s).toBeGreaterThan(0);
    // The rebuild after a curator's edit is timed at the full size only (it costs a build).
    expect(report.full.astro_edit_rebuild_s).toBeGreaterThan(0);
    expect(report.half.astro_edit_rebuild_s).toBeNull();
    expect(report.targets_met).toHaveProperty('rebuild_under_30_s');
    // The memory of the build's whole process tree: an Astro build alone holds more than this.
    expect(report.full.peak_rss_mb).toBeGreaterThan(150);
    expect(report.full.query_first_result_ms_median).toBeGreaterThan(0);
  });

  it('keeps each archive it built, and says where', () => {
    expect(Object.keys(kept).sort()).toEqual(['10', '20']);
  });

  describe('the synthetic archive of 20 quotes it built', () => {
    const folders = async (kind: string) =>
      (await readdir(path.join(kept['20'], 'site', kind), { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    const entries = async (kind: string) =>
      (await readdir(path.join(kept['20'], 'content', kind))).map((f) => f.replace(/\.\w+$/, '')).sort();

    it('has a page for every quote, stakeholder and claim generated', async () => {
      for (const kind of ['quotes', 'stakeholders', 'claims']) {
        const generated = await entries(kind);
        expect(generated.length, kind).toBeGreaterThan(0);
        expect(await folders(kind), kind).toEqual(generated);
      }
    });

    it('prints each generated quotation word for word on its page, as edited before the last build', async () => {
      const yaml = await readFile(path.join(kept['20'], 'content/quotes/quote-00001.yaml'), 'utf8');
      const text = JSON.parse(yaml.match(/^text: (.*)$/m)![1]);
      expect(text.endsWith(` ${EDITED_WORDS}`)).toBe(true);
      const page = await readPage(path.join(kept['20'], 'site'), '/quotes/quote-00001/');
      expect(visibleText(page.querySelector('#quotation'))).toBe(text);
    });
  });
});
