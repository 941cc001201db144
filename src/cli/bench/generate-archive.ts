import { COLLECTIONS } from '../../schemas/collections.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRandom, type Random } from './random.ts';
import { FIRST_NAMES, LAST_NAMES, ORGANISATION_WORDS, paragraph, sentence } from './vocabulary.ts';

/** How many entries of each collection a synthetic archive of N quotes holds. */
export interface ArchiveSize {
  quotes: number;
  stakeholders: number;
  claims: number;
  sources: number;
  events: number;
}

/** The proportions of the issue: N/20 stakeholders, N/10 claims, N/50 sources, N/100 events. */
export function archiveSize(quotes: number): ArchiveSize {
  return {
    quotes,
    stakeholders: Math.max(3, Math.round(quotes / 20)),
    claims: Math.max(3, Math.round(quotes / 10)),
    sources: Math.max(2, Math.round(quotes / 50)),
    events: Math.max(1, Math.round(quotes / 100)),
  };
}

/**
 * Stakeholder and claim profiles are Markdown in `content/`; MDX, which a profile may use when it
 * needs a component, is the alternative the benchmark can measure, since Astro compiles every
 * MDX file into a module of the build.
 */
export type ProfileFormat = 'mdx' | 'md';

const pad = (i: number) => String(i + 1).padStart(5, '0');
export const ids = {
  quote: (i: number) => `quote-${pad(i)}`,
  stakeholder: (i: number) => `stakeholder-${pad(i)}`,
  claim: (i: number) => `claim-${pad(i)}`,
  source: (i: number) => `source-${pad(i)}`,
  event: (i: number) => `event-${pad(i)}`,
};

/** YAML double-quoted scalar; JSON's string syntax is a subset of it. */
const q = (text: string) => JSON.stringify(text);

function date(random: Random, precision: 'year' | 'month' | 'day'): string {
  const year = 2015 + random.int(10);
  const month = String(1 + random.int(12)).padStart(2, '0');
  const day = String(1 + random.int(28)).padStart(2, '0');
  return precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/** Every tenth stakeholder is an organisation; people may be affiliated to an earlier one. */
function stakeholderFile(random: Random, i: number): string {
  const organisation = i % 10 === 0;
  const name = organisation
    ? `${random.pick(LAST_NAMES)} ${random.pick(ORGANISATION_WORDS)} ${i + 1}`
    : `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} ${i + 1}`;
  const lines = ['---', `name: ${q(name)}`, `kind: ${organisation ? 'organisation' : 'person'}`];
  if (!organisation) {
    lines.push(`role: ${q(`Director of ${random.pick(ORGANISATION_WORDS).toLowerCase()} policy`)}`);
    if (i >= 10 && random.chance(0.6)) lines.push(`affiliation: ${ids.stakeholder(i - (i % 10))}`);
  }
  lines.push(`summary: ${q(sentence(random, 24))}`, '---', '', paragraph(random, 4), '');
  return lines.join('\n');
}

function claimFile(random: Random): string {
  const kind = random.pick(['empirical-figure', 'factual', 'prediction', 'value-judgement', 'policy-demand']);
  const lines = ['---', `statement: ${q(sentence(random, 12))}`, `kind: ${kind}`];
  if (kind === 'empirical-figure') lines.push('figure:', `  value: ${1 + random.int(99)}`, '  unit: per cent');
  lines.push('---', '', paragraph(random, 3), '');
  return lines.join('\n');
}

function sourceFile(random: Random, i: number): string {
  return [
    `title: ${q(sentence(random, 9).slice(0, -1))}`,
    `publication: ${q(`${random.pick(LAST_NAMES)} ${random.pick(['Times', 'Review', 'Post', 'Herald'])}`)}`,
    `url: https://news.example/articles/${i + 1}/`,
    `published: ${q(date(random, 'day'))}`,
    `kind: ${random.pick(['news-report', 'speech', 'statement', 'report'])}`,
    'language: en',
    '',
  ].join('\n');
}

function eventFile(random: Random, size: ArchiveSize): string {
  return [
    `name: ${q(`Roundtable on ${sentence(random, 4).slice(0, -1).toLowerCase()}`)}`,
    `date: ${date(random, 'day')}`,
    `host: ${ids.stakeholder(10 * random.int(Math.ceil(size.stakeholders / 10)))}`,
    `summary: ${q(sentence(random, 20))}`,
    '',
  ].join('\n');
}

/** Quotations of 15–70 words; some carry an editor's insertion or an elision, as real ones do. */
function quoteText(random: Random): string {
  let text = paragraph(random, 1 + random.int(4));
  if (random.chance(0.1)) text = text.replace(' encryption', ' [e2e] encryption');
  if (random.chance(0.1)) text = text.replace(/\. (\w)/, ' … $1');
  // Cut at a word boundary, so that a quoted phrase never ends inside an alteration like "[e2e]".
  if (random.chance(0.1)) text = `the “${text.slice(0, 40).replace(/\s*\S*$/, '')}” of it all`;
  return text;
}

function quoteFile(random: Random, size: ArchiveSize): string {
  const speaker = random.skewed(size.stakeholders, 2);
  const delivery = random.pick([
    'prepared-remarks',
    'spoken',
    'written-statement',
    'statement',
    'reported-speech',
    'poll-finding',
    'paraphrase',
  ]);
  const lines = [`text: ${q(quoteText(random))}`, `speaker: ${ids.stakeholder(speaker)}`];
  if (speaker % 10 !== 0 && random.chance(0.3)) lines.push(`onBehalfOf: ${ids.stakeholder(speaker - (speaker % 10))}`);
  lines.push(`source: ${ids.source(random.skewed(size.sources, 1.5))}`, `paragraph: ${1 + random.int(30)}`);
  if (random.chance(0.7)) lines.push(`date: ${date(random, random.pick(['year', 'month', 'day'] as const))}`);
  lines.push(`delivery: ${delivery}`);
  if (random.chance(0.2)) lines.push(`event: ${ids.event(random.int(size.events))}`);
  const claims = new Set(Array.from({ length: 1 + random.int(3) }, () => random.skewed(size.claims, 1.5)));
  lines.push('claims:');
  for (const claim of claims) {
    lines.push(`  - claim: ${ids.claim(claim)}`, `    stance: ${random.pick(['supports', 'disputes', 'qualifies'])}`);
  }
  if (random.chance(0.5)) lines.push(`context: ${q(sentence(random, 18))}`);
  return lines.join('\n') + '\n';
}

/**
 * Writes a synthetic archive of `quotes` quotations into `dir` (which must not be `content/`),
 * in the file formats of `content/`. The same seed always gives the same archive.
 */
export async function generateArchive(
  dir: string,
  quotes: number,
  { seed = 7, profiles = 'md' }: { seed?: number; profiles?: ProfileFormat } = {},
): Promise<ArchiveSize> {
  const size = archiveSize(quotes);
  const random = createRandom(seed);
  const files: [string, string][] = [];
  for (let i = 0; i < size.stakeholders; i++)
    files.push([`stakeholders/${ids.stakeholder(i)}.${profiles}`, stakeholderFile(random, i)]);
  for (let i = 0; i < size.claims; i++) files.push([`claims/${ids.claim(i)}.${profiles}`, claimFile(random)]);
  for (let i = 0; i < size.sources; i++) files.push([`sources/${ids.source(i)}.yaml`, sourceFile(random, i)]);
  for (let i = 0; i < size.events; i++) files.push([`events/${ids.event(i)}.yaml`, eventFile(random, size)]);
  for (let i = 0; i < size.quotes; i++) files.push([`quotes/${ids.quote(i)}.yaml`, quoteFile(random, size)]);
  for (const folder of COLLECTIONS) {
    await mkdir(path.join(dir, folder), { recursive: true });
  }
  for (const [file, text] of files) await writeFile(path.join(dir, file), text);
  return size;
}

/** The words a curator's edit adds to the first quote of a synthetic archive (`editOneQuote`). */
export const EDITED_WORDS = 'And that is the point.';

/**
 * A curator's edit between two builds: the first quote's words gain a sentence. Its page, the
 * cards that show it on its speaker's and claims' pages, its citation and its search entry all
 * change; nothing else does. Returns the quote's id and its words as edited.
 */
export async function editOneQuote(dir: string): Promise<{ id: string; text: string }> {
  const id = ids.quote(0);
  const file = path.join(dir, 'quotes', `${id}.yaml`);
  const yaml = await readFile(file, 'utf8');
  const line = /^text: (".*")$/m.exec(yaml);
  if (!line) throw new Error(`${file}: no "text:" line to edit`);
  const text = `${JSON.parse(line[1]) as string} ${EDITED_WORDS}`;
  await writeFile(file, yaml.replace(line[0], `text: ${q(text)}`));
  return { id, text };
}
