import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBuiltPaths } from '../../src/lib/permalinks/list-built-paths.ts';
import { findBrokenUrls, findUnlistedUrls, MANIFEST_FILE } from '../../src/lib/permalinks/published-urls.ts';
import { QUOTE_HASHES_FILE, recordQuoteHashes } from '../../src/lib/validation/quote-hashes.ts';
import { readContentFolder } from '../../src/lib/validation/read-content-folder.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { projectRoot } from '../helpers/paths.ts';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { withCorrection } from '../helpers/content-files.ts';
import { checkedRecord } from '../../src/lib/record/checked-record.ts';
import { runScript } from '../helpers/run-script.ts';

const contributing = await readFile(path.join(projectRoot, 'CONTRIBUTING.md'), 'utf8');

/** A section of CONTRIBUTING.md, from its heading to the next heading of its level or above. */
function section(heading: string): string {
  const start = contributing.indexOf(`\n${heading}\n`);
  expect(start, `CONTRIBUTING.md has a section "${heading}"`).toBeGreaterThan(-1);
  const rest = contributing.slice(start + heading.length + 2);
  const end = rest.search(/\n#{2,3} /);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The fenced blocks of a text (indented as in a list item or not), without their indent. */
function codeBlocks(text: string): { lang: string; body: string; before: string }[] {
  return [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    lang: m[2],
    body: m[3].replace(new RegExp(`^${m[1]}`, 'gm'), '').trimEnd(),
    before: text.slice(0, m.index),
  }));
}

const example = section('### Worked example');
const blocks = codeBlocks(example);
const quoteStep = example.match(/The quote, `content\/quotes\/([a-z0-9-]+)\.yaml`:/);
const quoteId = quoteStep![1];
const quoteYaml = blocks.find((b) => b.lang === 'yaml' && b.before.includes(quoteStep![0]))!.body + '\n';
const commands = blocks
  .find((b) => b.lang === 'sh' && b.body.includes('npm run record'))!
  .body.split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);
const printed = blocks.find((b) => b.lang === '' && b.body.includes('newly recorded'))!.body;

/**
 * A copy of the content folder as it stood before the worked example's quote was added: its
 * words and URLs not yet recorded, and the quote's file not yet written.
 */
async function contentBeforeTheExample() {
  const content = await copyContent();
  const hashesFile = path.join(content.dir, QUOTE_HASHES_FILE);
  const hashes = JSON.parse(await readFile(hashesFile, 'utf8'));
  delete hashes[quoteId];
  await writeFile(hashesFile, JSON.stringify(hashes, null, 2) + '\n');
  const manifestFile = path.join(content.dir, MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  manifest.urls = manifest.urls.filter((url: string) => !url.startsWith(`/quotes/${quoteId}/`));
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  await content.remove(`quotes/${quoteId}.yaml`);
  return content;
}

/**
 * `npm run record` on a content folder, in a copy of the project of its own (see projectCopy), or
 * in the copy given: a curator's clone, where the last build left its caches.
 */
async function record(contentDir: string, copy?: ProjectCopy) {
  copy ??= await projectCopy('record');
  const run = await runScript('record', [], { ...copy.env, OTR_CONTENT_DIR: contentDir }, copy.root);
  return { ...run, outDir: copy.env.OTR_OUT_DIR };
}

describe('a curator adding a quote as CONTRIBUTING.md’s worked example says', () => {
  it('is told to run exactly npm run record, npm run verify and npm test, in that order', () => {
    expect(commands).toEqual(['npm run record', 'npm run verify', 'npm test']);
  });

  it('ends with the build accepting the quote, its words and URLs recorded as the example prints, and verify passing', async () => {
    const content = await contentBeforeTheExample();
    await content.write(`quotes/${quoteId}.yaml`, quoteYaml);

    // npm run record
    const recorded = await record(content.dir);
    expect(recorded.code, recorded.output).toBe(0);
    // The copy stands where content/ would.
    const report = recorded.output.replaceAll(content.dir, 'content').trimEnd();
    expect(report.endsWith(printed), `npm run record printed:\n${report}`).toBe(true);
    const page = await readPage(recorded.outDir, `/quotes/${quoteId}/`);
    expect(visibleText(page.querySelector('#quotation'))).toContain('Private messaging is the frontline');

    // npm run verify
    const verified = await runScript('verify', [], { OTR_CONTENT_DIR: content.dir });
    expect(verified.code, verified.output).toBe(0);

    // npm test: what its checks of the recorded words and the published URLs hold a content folder to.
    const { problems, record: input } = validateContent(readContentFolder(content.dir));
    expect(problems).toEqual([]);
    const hashes = JSON.parse(await readFile(path.join(content.dir, QUOTE_HASHES_FILE), 'utf8'));
    expect(hashes).toEqual(recordQuoteHashes(input.quotes));
    const manifest = JSON.parse(await readFile(path.join(content.dir, MANIFEST_FILE), 'utf8'));
    const built = await listBuiltPaths(recorded.outDir);
    expect(findUnlistedUrls(manifest, built)).toEqual([]);
    expect(findBrokenUrls(manifest, built)).toEqual([]);
  }, 300_000);
});

describe('npm run record after a correction', () => {
  it('says which quote it re-recorded and after which correction, and the next time that nothing changed', async () => {
    const content = await copyContent();
    const file = 'quotes/wanless-government-must-be-the-guardrail.yaml';
    const quote = await readFile(path.join(content.dir, file), 'utf8');
    await content.write(
      file,
      withCorrection(
        quote.replace('the guardrail', 'the rail'),
        'date: 2026-11-26\n  changed: "“guardrail” corrected to “rail”"\n  reason: a test',
      ),
    );
    const clone = await projectCopy('record');
    const first = await record(content.dir, clone);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain(
      're-recorded after its correction of 2026-11-26 (“guardrail” corrected to “rail”): wanless-government-must-be-the-guardrail',
    );
    expect(first.output).not.toMatch(/newly recorded|URLs? added/);

    const again = await record(content.dir, clone);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/Nothing changed: every quote and every published URL was already recorded/);
  }, 300_000);
});

describe('a curator withdrawing a quote as CONTRIBUTING.md says', () => {
  const withdrawal = codeBlocks(section('### Withdraw a quote')).find((b) => b.lang === 'yaml')!.body + '\n';
  const file = 'quotes/nspcc-either-or-argument.yaml';

  it('writes what the fixture record’s withdrawn quote holds, whose built pages the site tests read', async () => {
    const fixture = await readFile(path.join(projectRoot, 'tests/fixtures/record', file), 'utf8');
    expect(fixture.endsWith(withdrawal)).toBe(true);
  });

  it('takes the quote off the record, its words as recorded, and once recorded the withdrawal cannot be taken back', async () => {
    const content = await copyContent();
    // The duplicate as it stood on record before the curator withdrew it, its record with it.
    await content.edit(file, (yaml) => yaml.slice(0, yaml.indexOf('withdrawn:')));
    await content.edit(QUOTE_HASHES_FILE, (json) => {
      const hashes = JSON.parse(json);
      delete hashes['nspcc-either-or-argument'].withdrawn;
      return JSON.stringify(hashes);
    });
    const before = validateContent(readContentFolder(content.dir));
    expect(before.problems).toEqual([]);
    expect(checkedRecord(before.record).quotes.map((q) => q.id)).toContain('nspcc-either-or-argument');

    await content.edit(file, (yaml) => yaml + withdrawal);
    const after = validateContent(readContentFolder(content.dir));
    expect(after.problems).toEqual([]);
    const record = checkedRecord(after.record);
    expect(record.quotes.map((q) => q.id)).not.toContain('nspcc-either-or-argument');
    expect(record.withdrawnQuotes.map((q) => q.id)).toEqual(['nspcc-either-or-argument']);
    // What npm run record then writes: the same words, date, speaker, source and outlets, withdrawn.
    const recorded = recordQuoteHashes(after.record.quotes);
    const { withdrawn, ...facts } = recorded['nspcc-either-or-argument'];
    expect(withdrawn).toBe('2026-11-29');
    expect(facts).toEqual(recordQuoteHashes(before.record.quotes)['nspcc-either-or-argument']);

    await content.write(QUOTE_HASHES_FILE, JSON.stringify(recorded));
    await content.edit(file, (yaml) => yaml.slice(0, yaml.indexOf('withdrawn:')));
    const undone = validateContent(readContentFolder(content.dir)).problems;
    expect(undone.map((p) => `${p.file} → ${p.field}`)).toEqual([
      expect.stringMatching(/quotes\/nspcc-either-or-argument\.yaml → withdrawn$/),
    ]);
  });
});
