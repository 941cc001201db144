import { DIGIT_OUTLET, OUTLET_DROPPED, OUTLETS_CORRECTION, WORDS_CORRECTED } from './amended-record.ts';
import { copyContent } from './content-copy.ts';

/**
 * The fixture record broken in every way a build must refuse before it writes anything, each
 * fault in a file of its own: one failing build gives the message of every refusal the tests
 * check (`brokenRecordBuild` in shared-builds.ts; each such build, however quick to fail, costs
 * an Astro start). A deleted published page is not among them: that check runs only on content
 * that is otherwise sound.
 */
/** How many problems the build names: one a fault, and four in the badly named file. */
export const BROKEN_RECORD_PROBLEMS = 11;

export async function brokenRecord(): Promise<string> {
  const content = await copyContent();

  // References to nothing: a stakeholder; a source and a claim.
  await content.write(
    'quotes/unknown-speaker.yaml',
    'text: "Words."\nspeaker: no-such-person\nsource: eandt-moral-duty-2021\nparagraph: 1\ndelivery: spoken\n',
  );
  await content.write(
    'quotes/unknown-source.yaml',
    'text: "Words."\nspeaker: nspcc\nsource: no-such-source\nparagraph: 1\ndelivery: spoken\nclaims:\n  - claim: no-such-claim\n    stance: supports\n',
  );
  // A published quote's words changed with no correction.
  await content.edit(`quotes/${WORDS_CORRECTED}.yaml`, (yaml) => yaml.replace('the guardrail', 'the rail'));
  // A file name that cannot be a URL, holding an unclosed bracket, an unknown delivery and markup.
  await content.write(
    'quotes/Bad Name.yaml',
    'text: "pursuing [e2e encryption"\nspeaker: nspcc\nsource: eandt-moral-duty-2021\nparagraph: 1\ndelivery: tweeted\ncontext: "<script>alert(1)</script>"\n',
  );
  // An MDX body that does not parse.
  await content.write(
    'claims/broken-body.mdx',
    '---\nstatement: A claim.\nkind: factual\n---\n\nOne {unclosed brace.\n',
  );
  // An outlet dropped from a published quote, with a correction of its words instead of its outlets.
  await content.edit(
    `quotes/${OUTLET_DROPPED}.yaml`,
    (yaml) => yaml.replace(DIGIT_OUTLET, '') + OUTLETS_CORRECTION.replace('field: outlets', 'field: text'),
  );
  // An alias that is still a live quote's id.
  await content.edit('quotes/patel-not-acceptable.yaml', (yaml) => `aliases: [patel-moral-duty]\n${yaml}`);
  return content.dir;
}
