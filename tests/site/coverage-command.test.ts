import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { runScript } from '../helpers/run-script.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures/coverage');

const KIDS_FIRST = [
  'passages:',
  '  - snapshot: eandt-moral-duty-2021.txt',
  '    passage: kids first',
  '    reason: caption',
  '    note: Words on a banner in a photo caption, spoken by no one.',
].join('\n');

/** A copy of the fixture record with the given list of passages left out. */
async function contentLeavingOut(leftOut: string): Promise<string> {
  const content = await copyContent();
  await content.write('left-out.yaml', `${leftOut}\n`);
  return content.dir;
}

describe('npm run coverage', () => {
  it('lists each passage of each snapshot and where the record holds it', async () => {
    const run = await runScript('coverage', ['--snapshots', path.join(fixtures, 'accounted')], {
      OTR_CONTENT_DIR: await contentLeavingOut(KIDS_FIRST),
    });
    expect(run.output).toContain('eandt-moral-duty-2021.txt (eandt-moral-duty-2021): 5 passages in quotation marks');
    expect(run.output).toMatch(/line 3: “live up to their moral duty” → quotes\/patel-moral-duty\n/);
    expect(run.output).toMatch(/line 7: “either\/or” → quotes\/nspcc-either-or\n/);
    expect(run.output).toMatch(/line 9: “kids first” → left out \(caption\)\n/);
    expect(run.code, run.output).toBe(0);
  });

  it('fails on a passage held nowhere, a stale left-out entry and a snapshot no source names, saying what to do', async () => {
    const stale = `${KIDS_FIRST}\n  - snapshot: eandt-moral-duty-2021.txt\n    passage: a step too near\n    reason: fragment\n    note: A test.`;
    const run = await runScript('coverage', ['--snapshots', path.join(fixtures, 'unaccounted')], {
      OTR_CONTENT_DIR: await contentLeavingOut(stale),
    });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/line 11: “a step too far” → UNACCOUNTED/);
    expect(run.output).toMatch(
      /unaccounted\/eandt-moral-duty-2021\.txt → line 11: the passage “a step too far” is not on record: add it as a quote from eandt-moral-duty-2021 \(or as a variant of the quote whose words it repeats\), or list it in .*left-out\.yaml with snapshot: eandt-moral-duty-2021\.txt, the passage, a reason and a note/,
    );
    expect(run.output).toMatch(
      /left-out\.yaml → passages\[1\]\.passage: no passage in quotation marks in eandt-moral-duty-2021\.txt reads “a step too near”/,
    );
    expect(run.output).toMatch(/stray-2021\.txt → \(file\): no source names this snapshot/);
  });

  it('refuses a list of passages left out that does not follow its schema, naming the field', async () => {
    const run = await runScript('coverage', ['--snapshots', path.join(fixtures, 'accounted')], {
      OTR_CONTENT_DIR: await contentLeavingOut(KIDS_FIRST.replace('reason: caption', 'reason: boring')),
    });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/left-out\.yaml → passages\[0\]\.reason: reason must be one of: headline, caption/);
  });
});
