import { copyContent } from './content-copy.ts';
import { withCorrection } from './content-files.ts';

/**
 * The fixture record as a curator might amend it after publishing, in three ways that builds
 * must let through and show: each test of one of them reads the one build of all three
 * (`amendedRecordBuild` in shared-builds.ts).
 */

/** Sir Peter Wanless's quote, which has no correction yet: its opening words are taken off. */
export const WORDS_CORRECTED = 'wanless-government-must-be-the-guardrail';

/** Patel's quote that DIGIT printed among other outlets: DIGIT is taken off its outlets. */
export const OUTLET_DROPPED = 'patel-blinding-itself-to-the-problem';
/** The lines of that quote's file that list DIGIT as an outlet. */
export const DIGIT_OUTLET = /  - source: digit-2021-04\n(    .*\n)+/;
/** The correction saying so, under `corrections:` (with `field: text` it would not excuse it). */
export const OUTLETS_CORRECTION = [
  'corrections:',
  '  - date: 2026-11-26',
  '    field: outlets',
  '    changed: "DIGIT removed from the outlets that printed it"',
  '    reason: "a test: DIGIT is said to print only the first passage"',
  '',
].join('\n');

/** Patel's "moral duty" quote, renamed, with its old id kept as an alias. */
export const RENAMED = { from: 'patel-moral-duty', to: 'patel-live-up-to-moral-duty' };

/** A copy of the fixture record with the three amendments made. */
export async function amendedRecord(): Promise<string> {
  const content = await copyContent();

  await content.edit(`quotes/${WORDS_CORRECTED}.yaml`, (words) =>
    withCorrection(
      words.replace('We need a coordinated response across society, but ultimately g', 'G'),
      'date: 2026-11-20\n  changed: "“We need a coordinated response across society, but ultimately” removed from the start"\n  reason: a test of the corrections page',
    ),
  );

  await content.edit(
    `quotes/${OUTLET_DROPPED}.yaml`,
    (outlets) => outlets.replace(DIGIT_OUTLET, '') + OUTLETS_CORRECTION,
  );

  const renamed = await content.read(`quotes/${RENAMED.from}.yaml`);
  await content.remove(`quotes/${RENAMED.from}.yaml`);
  await content.write(`quotes/${RENAMED.to}.yaml`, `aliases: [${RENAMED.from}]\n${renamed}`);
  return content.dir;
}
