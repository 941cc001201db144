import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { takeTurn } from './take-turn.ts';
import { buildSite, type BuildOptions, type BuildResult } from './build-site.ts';
import { amendedRecord } from './amended-record.ts';
import { brokenRecord } from './broken-record.ts';
import { contentWithExcerpts } from './content-with-excerpts.ts';
import { addDisputingQuotes, copyContent } from './content-copy.ts';
import { projectRoot, scratchRoot } from './paths.ts';

/**
 * A build that several test files read, made by the first to ask for it and reused by the others
 * for the rest of the run. Test files run in separate workers, so the build is handed over
 * through the scratch folder (emptied at the start of every run), under a lock of its own.
 */
export async function sharedBuild(name: string, options: () => Promise<BuildOptions>): Promise<BuildResult> {
  await mkdir(scratchRoot, { recursive: true });
  const result = path.join(scratchRoot, `shared-${name}.json`);
  const release = await takeTurn(path.join(scratchRoot, `shared-${name}.lock`));
  try {
    return JSON.parse(await readFile(result, 'utf8')) as BuildResult;
  } catch {
    const build = await buildSite(await options());
    await writeFile(result, JSON.stringify(build));
    return build;
  } finally {
    await release();
  }
}

/**
 * The fixture record built for another host, under the base path `/archive/`, with every stage,
 * by someone who holds no copies of the sources: its snapshot folder is one that does not exist.
 */
export const ANOTHER_HOST = 'https://records.example.org';
export const underBasePathBuild = (): Promise<BuildResult> =>
  sharedBuild('under-archive', async () => ({
    base: '/archive/',
    script: 'build',
    env: { OTR_SITE: ANOTHER_HOST, OTR_SNAPSHOT_DIR: path.join(scratchRoot, 'no-such-folder') },
  }));

/** The invented record of prepared remarks and what was delivered (its README says what it holds). */
const preparedAndDelivered = path.join(projectRoot, 'tests/fixtures/prepared-and-delivered');
export const preparedAndDeliveredBuild = (): Promise<BuildResult> =>
  sharedBuild('prepared-and-delivered', async () => ({ contentDir: preparedAndDelivered }));

/** The fixture record with the second event laid over it (tests/fixtures/second-event/), for the debate over years. */
export const secondEventBuild = (): Promise<BuildResult> =>
  sharedBuild('second-event', async () => ({ contentDir: (await copyContent('second-event')).dir }));

/** The fixture record broken in every way a build must refuse (broken-record.ts): a build that fails. */
export const brokenRecordBuild = (): Promise<BuildResult> =>
  sharedBuild('broken-record', async () => ({ contentDir: await brokenRecord() }));

/** The fixture record amended after publishing: words and outlets corrected, a quote renamed (amended-record.ts). */
export const amendedRecordBuild = (): Promise<BuildResult> =>
  sharedBuild('amended-record', async () => ({ contentDir: await amendedRecord() }));

/**
 * The fixture record extended with cases it lacks, for the tests that need them (one build
 * instead of one each): sixty more quotes that share a word ("lantern") and dispute the claim
 * Patel's prepared remarks support — more results than the search list shows at first, more
 * answers than a quote page's other side shows, more quotes than one page of the list holds —
 * wordings cut by an opening excerpt or with no copy held (content-with-excerpts.ts), and a page
 * that holds words of a quotation without the dash between them (`PHRASE_WITHOUT_ITS_DASH`).
 */
export const MORE_ANSWERS = 60;
export const extendedRecordBuild = (): Promise<BuildResult> =>
  sharedBuild('extended-record', async () => {
    const content = await copyContent();
    await addDisputingQuotes(
      content,
      'lantern',
      MORE_ANSWERS,
      (i) => `Lantern remark number ${i} on the Home Secretary's argument.`,
    );
    await content.write(PHRASE_WITHOUT_ITS_DASH.file, PHRASE_WITHOUT_ITS_DASH.text);
    return { contentDir: await contentWithExcerpts(content) };
  });

/** The folder the extended record was built in, for a browser test to serve; its output if it failed. */
export async function extendedRecordSite(): Promise<string> {
  const build = await extendedRecordBuild();
  if (build.code !== 0) throw new Error(`the extended record failed to build:\n${build.output}`);
  return build.outDir;
}

/**
 * Words of Patel's quotation `patel-facebook-blind-itself` that run across a dash ("will
 * proliferate – but the company"), and a stakeholder's profile that holds the same words without
 * the dash. Pagefind's index gives the dash a word position of its own, so its exact-phrase search
 * finds the profile and not the quote: a ranking that trusted that search put the profile first
 * (tried, and reverted, for speed: see BENCHMARKS.md, sixth round).
 */
export const PHRASE_WITHOUT_ITS_DASH = {
  phrase: 'will proliferate – but the company',
  quote: '/quotes/patel-facebook-blind-itself/',
  page: '/stakeholders/dash-watch/',
  file: 'stakeholders/dash-watch.mdx',
  text: [
    '---',
    'name: Dash Watch',
    'kind: group',
    'summary: An invented group whose profile repeats words of a quotation without its dash.',
    '---',
    '',
    'Dash Watch says images will proliferate but the company looks away.',
    'Dash Watch says again: images will proliferate but the company looks away.',
    '',
  ].join('\n'),
};
