import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/content-copy';
import { runScript } from '../helpers/run-script';

describe('npm run verify', () => {
  it('passes on the real record: every quote stands word for word in its snapshot, in its paragraph', async () => {
    const run = await runScript('verify');
    expect(run.output).toMatch(/wordings checked against eandt-moral-duty-2021\.txt .*: all word for word/);
    expect(run.code).toBe(0);
  });

  it('fails when one word of a quote is changed, pointing at the word and the passage it should be', async () => {
    const content = await copyContent();
    const file = 'quotes/patel-not-acceptable.yaml';
    const quote = await readFile(path.join(content.dir, file), 'utf8');
    // The correction keeps the content valid, so that only the verbatim check stands in the way.
    await content.write(
      file,
      quote.replace('This is not acceptable.', 'This is not tolerable.') +
        'corrections:\n  - date: 2026-11-01\n    changed: a test\n    reason: a test\n',
    );
    const run = await runScript('verify', ['--snapshots', path.resolve('../shared/sources')], { OTR_CONTENT_DIR: content.dir });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /patel-not-acceptable\.yaml → text: .*at word 4: the quote has “tolerable\.” where the snapshot has “acceptable\.”/,
    );
    expect(run.output).toMatch(/Closest passage \(paragraph 8\):\n\s+“This is not acceptable\./);
    expect(run.output).not.toMatch(/\n\s+at /);
  });
});
