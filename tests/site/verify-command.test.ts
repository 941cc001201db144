import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/content-copy.ts';
import { contentWithExcerpts } from '../helpers/content-with-excerpts.ts';
import { withCorrection } from '../helpers/content-files.ts';
import { runScript } from '../helpers/run-script.ts';

describe('npm run verify', () => {
  it('fails when one word of a quote is changed, pointing at the word and the passage it should be', async () => {
    const content = await copyContent();
    const file = 'quotes/wanless-government-must-be-the-guardrail.yaml';
    const quote = await readFile(path.join(content.dir, file), 'utf8');
    // The correction keeps the content valid, so that only the verbatim check stands in the way.
    await content.write(
      file,
      withCorrection(
        quote.replace('the guardrail', 'the barrier'),
        'date: 2026-11-01\n  changed: a test\n  reason: a test',
      ),
    );
    // The copy carries its snapshots with it (content/snapshots/), as a clone does.
    const run = await runScript('verify', [], { OTR_CONTENT_DIR: content.dir });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /wanless-government-must-be-the-guardrail\.yaml → text: .*at word 14: the quote has “barrier” where the snapshot has “guardrail”/,
    );
    expect(run.output).toMatch(/Closest passage \(paragraph 10\):\n\s+“We need a coordinated response/);
    expect(run.output).not.toMatch(/\n\s+at /);
  });

  it('says once, naming the folder, that the snapshot folder is missing and how to restore it', async () => {
    const content = await copyContent();
    await rm(path.join(content.dir, 'snapshots'), { recursive: true });
    const run = await runScript('verify', [], { OTR_CONTENT_DIR: content.dir });
    expect(run.code).toBe(1);
    const folder = path.join(content.dir, 'snapshots');
    expect(run.output).toContain(`There is no snapshot folder at ${folder}`);
    expect(run.output).toMatch(
      /restore that folder \(git checkout -- content\/snapshots\), or point to another folder with OTR_SNAPSHOT_DIR=DIR or npm run verify -- --snapshots DIR/,
    );
    // Not one line per source.
    expect(run.output).not.toMatch(/no snapshot "/);
    expect(run.output.trim().split('\n')).toHaveLength(2);
  });

  it('names the folder given by --snapshots or OTR_SNAPSHOT_DIR when it does not exist', async () => {
    const missing = path.join(os.tmpdir(), 'otr-no-snapshots-here');
    const byFlag = await runScript('verify', ['--snapshots', missing]);
    expect(byFlag.code).toBe(1);
    expect(byFlag.output).toContain(`There is no snapshot folder at ${missing} (named by --snapshots)`);
    const byEnv = await runScript('verify', [], { OTR_SNAPSHOT_DIR: missing });
    expect(byEnv.code).toBe(1);
    expect(byEnv.output).toContain(`There is no snapshot folder at ${missing} (named by OTR_SNAPSHOT_DIR)`);
  });
});

describe('npm run verify against opening excerpts', () => {
  it('sums up how far each wording could be checked, naming those checked only up to an excerpt’s end and those beyond it', async () => {
    const run = await runScript('verify', [], { OTR_CONTENT_DIR: await contentWithExcerpts() });
    expect(run.output).toMatch(/What the check could say of \d+ wordings:/);
    expect(run.output).toMatch(/\n\s+1 verified as far as the excerpt goes/);
    expect(run.output).toMatch(
      /Checked as far as the excerpt goes:\n\s+quotes\/patel-facebook-blind-itself variants\[1\] \(itv-news-2021-04-19\): 17 of 33 words/,
    );
    expect(run.output).toMatch(
      /Beyond the opening excerpt held:\n(\s+.*\n)*\s+quotes\/patel-not-acceptable variants\[6\] \(itv-news-2021-04-19\)/,
    );
    expect(run.output).toMatch(/not checked: the source has no snapshot/);
    expect(run.code).toBe(0);
  });
});
