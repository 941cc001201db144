import { mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/validation/content-problem.ts';
import { readContentFolder } from '../../src/lib/validation/read-content-folder.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { folderWith } from '../helpers/folder-with.ts';

const QUOTE = 'text: "Words."\nspeaker: nspcc\nsource: eandt-moral-duty-2021\nparagraph: 1\ndelivery: spoken\n';

/** Writes files into a copy of the real content folder and returns the validation report. */
async function reportFor(files: Record<string, string>): Promise<string> {
  const content = await copyContent();
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(content.dir, file)), { recursive: true });
    await content.write(file, text);
  }
  const { problems } = validateContent(readContentFolder(content.dir));
  return formatProblems(problems);
}

async function realFile(file: string): Promise<string> {
  return readFile(path.join(import.meta.dirname, '../../content', file), 'utf8');
}

describe('the content validation step', () => {
  it('finds no problem in the real record', async () => {
    expect(await reportFor({})).toBe('');
  });

  it('checks an entry file that is a link to a file elsewhere, as the build publishes it', async () => {
    const content = await copyContent();
    const elsewhere = await folderWith({ 'linked.yaml': QUOTE.replace('speaker: nspcc', 'speaker: nobody-at-all') });
    await symlink(path.join(elsewhere, 'linked.yaml'), path.join(content.dir, 'quotes/linked.yaml'));
    const report = formatProblems(validateContent(readContentFolder(content.dir)).problems);
    expect(report).toContain('quotes/linked.yaml');
    expect(report).toContain('nobody-at-all');
  });

  it('refuses a missing required field, naming it', async () => {
    expect(await reportFor({ 'quotes/x.yaml': QUOTE.replace('speaker: nspcc\n', '') })).toMatch(
      /quotes\/x\.yaml → speaker: must be the id of an entry in stakeholders\//,
    );
  });

  it('refuses an unknown delivery or stance, listing the allowed ones', async () => {
    const report = await reportFor({
      'quotes/x.yaml':
        QUOTE.replace('spoken', 'tweeted') + 'claims:\n  - claim: safety-by-design\n    stance: agrees\n',
    });
    expect(report).toMatch(
      /quotes\/x\.yaml → delivery: delivery must be one of: prepared-remarks, speech-text, spoken/,
    );
    expect(report).toMatch(
      /quotes\/x\.yaml → claims\[0\]\.stance: stance must be one of: supports, disputes, qualifies/,
    );
  });

  it('refuses references to a missing stakeholder, claim or source, even in an entry with other faults', async () => {
    const report = await reportFor({
      'quotes/x.yaml':
        'text: "Words."\nspeaker: nobody\nsource: no-source\nparagraph: 0\ndelivery: spoken\nclaims:\n  - claim: no-claim\n    stance: supports\n',
    });
    expect(report).toMatch(/quotes\/x\.yaml → paragraph: paragraph counts from 1/);
    expect(report).toMatch(/quotes\/x\.yaml → speaker: there is no stakeholder "nobody"/);
    expect(report).toMatch(/quotes\/x\.yaml → source: there is no source "no-source"/);
    expect(report).toMatch(/quotes\/x\.yaml → claims\[0\]\.claim: there is no claim "no-claim"/);
  });

  it('reports a broken withdrawal on the withdrawn quote’s file alone, not again on each quote that points at it', async () => {
    const quote = await copyContent().then((c) => c.read('quotes/patel-not-acceptable.yaml'));
    const report = await reportFor({
      'quotes/patel-not-acceptable.yaml': `${quote}withdrawn:\n  date: 2026-11-31\n  reason: ""\n  replacedBy: patel-not-acceptable\n`,
    });
    expect(report.split('\n').map((line) => line.slice(line.indexOf('quotes/')))).toEqual([
      'quotes/patel-not-acceptable.yaml → withdrawn.date: "2026-11-31" is not a real calendar date',
      'quotes/patel-not-acceptable.yaml → withdrawn.reason: withdrawn.reason is empty: write it out',
      'quotes/patel-not-acceptable.yaml → withdrawn.replacedBy: a withdrawn quote cannot replace itself: name the quote on record to cite instead, or leave replacedBy out',
    ]);
  });

  it('still tells a quote with other faults that it cannot be a delivered version of itself', async () => {
    const report = await reportFor({
      'quotes/x.yaml': QUOTE.replace('paragraph: 1', 'paragraph: 0') + 'prepared:\n  quote: x\n',
    });
    expect(report).toMatch(/quotes\/x\.yaml → paragraph: paragraph counts from 1/);
    expect(report).toMatch(/quotes\/x\.yaml → prepared\.quote: a quote cannot be a delivered version of itself/);
  });

  it('tells a reference to an entry renamed with an alias to use the new name', async () => {
    const content = await copyContent();
    const stakeholder = await content.read('stakeholders/nspcc.mdx');
    await content.remove('stakeholders/nspcc.mdx');
    await content.write('stakeholders/nspcc-charity.mdx', stakeholder.replace(/^---\n/, '---\naliases: [nspcc]\n'));
    await content.write('quotes/x.yaml', QUOTE);
    const report = formatProblems(validateContent(readContentFolder(content.dir)).problems);
    expect(report).toMatch(
      /quotes\/x\.yaml → speaker: the stakeholder "nspcc" was renamed "nspcc-charity" \(its old name is an alias in content\/stakeholders\/\): write "nspcc-charity" here/,
    );
    expect(report).not.toMatch(/there is no stakeholder "nspcc"/);
  });

  it('refuses two entries with the same name, in one folder or in two', async () => {
    const report = await reportFor({
      'quotes/patel-moral-duty.yml': QUOTE,
      'quotes/more/nspcc-either-or.yaml': QUOTE,
    });
    expect(report).toMatch(
      /quotes\/patel-moral-duty\.yml → \(file name\): .*patel-moral-duty\.yaml has the same name.*\/quotes\/patel-moral-duty\/: rename one/,
    );
    expect(report).toMatch(
      /quotes\/nspcc-either-or\.yaml → \(file name\): .*quotes\/more\/nspcc-either-or\.yaml has the same name/,
    );
    expect(report.split('\n')).toHaveLength(2);
  });

  it('refuses a file name that is not safe in a URL, suggesting one', async () => {
    expect(await reportFor({ 'quotes/Patel Speech!.yaml': QUOTE })).toMatch(
      /Patel Speech!\.yaml → \(file name\): "Patel Speech!" cannot be a permanent URL.*"patel-speech"/,
    );
  });

  it('refuses an empty or white-space-only quote', async () => {
    expect(await reportFor({ 'quotes/x.yaml': QUOTE.replace('"Words."', '"   "') })).toMatch(
      /quotes\/x\.yaml → text: text is empty: write it out/,
    );
  });

  it('refuses unpaired brackets or quotation marks in a quote, and accepts a quote inside a quote', async () => {
    const report = await reportFor({
      'quotes/x.yaml': QUOTE.replace('"Words."', '"pursuing [e2e encryption"'),
      'quotes/y.yaml': QUOTE.replace('"Words."', '"the “frontline of abuse"'),
      'quotes/z.yaml': QUOTE.replace('"Words."', '"adding “backdoors” to it"'),
    });
    expect(report).toMatch(/quotes\/x\.yaml → text: the opening \[ before “e2e encryption” is never closed with \]/);
    expect(report).toMatch(/quotes\/y\.yaml → text: the opening “ before “frontline of abuse” is never closed with ”/);
    expect(report).not.toMatch(/z\.yaml/);
  });

  it('refuses an impossible date, a date after today, and a date more precise than stated', async () => {
    const report = await reportFor({
      'quotes/x.yaml': QUOTE + 'date: 2021-02-30\n',
      'quotes/y.yaml': QUOTE + 'date: "2099-01"\n',
      'quotes/z.yaml': QUOTE + 'date:\n  value: 2021-04-19\n  precision: month\n',
    });
    expect(report).toMatch(/quotes\/x\.yaml → date: "2021-02-30" is not a real calendar date/);
    expect(report).toMatch(/quotes\/y\.yaml → date: "2099-01" is in the future/);
    expect(report).toMatch(/quotes\/z\.yaml → date: "2021-04-19" is written to the day but its precision is "month"/);
  });

  it('refuses a URL that is not http(s)', async () => {
    const source = (await realFile('sources/itv-news-2021-04-19.yaml')).replace(/url: .*/, 'url: javascript:alert(1)');
    expect(await reportFor({ 'sources/x.yaml': source })).toMatch(
      /sources\/x\.yaml → url: must be a full http:\/\/ or https:\/\/ address/,
    );
  });

  it('refuses a comma in a name cited whole, which reference managers would split into family and given names', async () => {
    const source = (await realFile('sources/itv-news-2021-04-19.yaml')) + 'author: Jane Doe, John Roe\n';
    const group = (await realFile('stakeholders/apple-letter-coalition-2021.md')).replace(
      /^name: .*$/m,
      'name: Coalition (letter to Apple, 2021)',
    );
    const person = (await realFile('stakeholders/priti-patel.md')).replace(/^name: .*$/m, 'name: Patel, Priti');
    const report = await reportFor({
      'sources/x.yaml': source,
      'stakeholders/x.md': group,
      'stakeholders/y.md': person,
    });
    expect(report).toMatch(/sources\/x\.yaml → author: holds a comma, which reference managers/);
    expect(report).toMatch(/stakeholders\/x\.md → name: holds a comma, .*or, for a person, give familyName/);
    // A person cited by family and given names may have a comma in the name shown.
    expect(report).not.toContain('stakeholders/y.md');
  });

  it('refuses markup or a script in a text field', async () => {
    const report = await reportFor({
      'quotes/x.yaml': QUOTE + 'context: "See <script>alert(1)</script>"\n',
      'claims/x.mdx': '---\nstatement: <b>Bold</b> claim.\nkind: factual\n---\n',
    });
    expect(report).toMatch(/quotes\/x\.yaml → context: holds HTML markup or a script address: write plain text/);
    expect(report).toMatch(/claims\/x\.mdx → statement: holds HTML markup/);
  });

  it('refuses a syntax error in an MDX body, with its line', async () => {
    expect(
      await reportFor({ 'claims/x.mdx': '---\nstatement: A claim.\nkind: factual\n---\n\nOne {unclosed brace.\n' }),
    ).toMatch(/claims\/x\.mdx → \(body\): the MDX body has a syntax error at line 6: .*brace/);
  });

  it('refuses a YAML syntax error, with its line', async () => {
    expect(await reportFor({ 'quotes/x.yaml': QUOTE + 'context: "unclosed\n' })).toMatch(
      /quotes\/x\.yaml → \(file\): the file is not valid YAML at line \d+/,
    );
  });

  it('refuses an affiliation cycle', async () => {
    const org = (await realFile('stakeholders/home-office.md')).replace('---\n', '---\naffiliation: priti-patel\n');
    expect(await reportFor({ 'stakeholders/home-office.mdx': org })).toMatch(
      /home-office\.mdx → affiliation: affiliations go round in a circle \(home-office → priti-patel → home-office\)/,
    );
  });

  it('refuses a quote whose words changed with no correction, and says how to record one', async () => {
    // A quote with no correction yet, so that the fix is a whole new corrections: list.
    const quote = await realFile('quotes/patel-facebook-deepen-engagement.yaml');
    expect(quote).not.toContain('corrections:');
    const changed = quote.replace('deepen their engagement', 'deepen its engagement');
    const report = await reportFor({ 'quotes/patel-facebook-deepen-engagement.yaml': changed });
    expect(report).toMatch(
      /patel-facebook-deepen-engagement\.yaml → text: the words of this quote changed since it was recorded in quote-hashes\.json .*no correction with field: text says so\. Add to this file:\n {4}corrections:\n {6}- date: \d{4}-\d{2}-\d{2}\n {8}field: text\n[\s\S]*then run `npm run record`/,
    );
    const corrected = changed + 'corrections:\n  - date: 2026-11-01\n    changed: x\n    reason: y\n';
    expect(await reportFor({ 'quotes/patel-facebook-deepen-engagement.yaml': corrected })).toBe('');
  });
});
