import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { preparedAndDeliveredBuild } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';

// tests/fixtures/prepared-and-delivered/README.md says what the invented record holds.
let outDir: string;

beforeAll(async () => {
  const build = await preparedAndDeliveredBuild();
  expect(build.code, build.output).toBe(0);
  outDir = build.outDir;
}, 300_000);

const page = (address: string) => readPage(outDir, address);
const text = (doc: Document, selector: string) => visibleText(doc.querySelector(selector));
const outlets = (node: Element | null) =>
  [...(node?.querySelectorAll('[data-outlet]') ?? [])].map((a) => a.getAttribute('data-outlet'));
/** What a word-by-word difference strikes out and marks in, without the words read out to screen readers. */
const changes = (diff: Element, tag: 'del' | 'ins') =>
  [...diff.querySelectorAll(tag)].map((n) =>
    visibleText(n)
      .replace(/^\[[^\]]* prints: |\]$/g, '')
      .trim(),
  );

describe('the page of remarks released in advance', () => {
  it('names who reports the words as said in the same words, and who in other words', async () => {
    const doc = await page('/quotes/minister-prepared/');
    expect(outlets(doc.querySelector('[data-same-words]'))).toEqual(['said-daily']);
    expect(outlets(doc.querySelector('[data-other-words]'))).toEqual(['other-words-post', 'echo-times']);
  });

  it('says which part is reported as said, and that the rest is not known to have been delivered', async () => {
    const doc = await page('/quotes/minister-prepared/');
    expect(text(doc, '[data-reported-parts]')).toBe(
      'Only part of the text is reported as said: “Companies must act now.”; “The harm will continue – and we will not stand by.”.',
    );
    expect(text(doc, '[data-delivery-status] [data-not-delivered]')).toBe(
      'Not known to have been delivered as written: “Nothing less will do.”',
    );
  });

  it('lists the outlets that printed the advance text and those that reported the words as said', async () => {
    const doc = await page('/quotes/minister-prepared/');
    expect(outlets(doc.querySelector('[data-in-advance]'))).toEqual(['advance-gazette', 'wire-service']);
    expect(outlets(doc.querySelector('[data-as-said]'))).toEqual(['said-daily', 'other-words-post', 'echo-times']);
  });

  it('shows each delivered version with its differences from the prepared passage, word by word', async () => {
    const doc = await page('/quotes/minister-prepared/');
    const same = doc.querySelector('[data-delivery-record] [data-delivered="said-daily"]')!;
    expect(same.querySelector('[data-same-wording]')).not.toBeNull();
    const other = doc.querySelector('[data-delivery-record] [data-delivered="other-words-post"]')!;
    expect(visibleText(other.querySelector('blockquote'))).toBe('The harm is still going on and we will not stand by.');
    const diff = other.querySelector('[data-wording-diff]')!;
    expect(changes(diff, 'del').join(' ')).toMatch(/will.*continue.*–/);
    expect(changes(diff, 'ins').join(' ')).toMatch(/is.*still.*going.*on/);
    expect(other.querySelector('a[href="/quotes/minister-delivered/"]')).not.toBeNull();
  });

  it('does not call remarks released in advance spoken, on the page or on a card', async () => {
    const doc = await page('/quotes/minister-prepared/');
    expect(text(doc, '[data-delivery="prepared-remarks"]')).not.toMatch(/spoken\b(?! as written)/i);
    const event = await page('/events/the-speech/');
    expect(visibleText(event.querySelector('[data-quote="minister-prepared"] .meta'))).toMatch(
      /Prepared remarks, released before the speech/,
    );
    expect(visibleText(event.querySelector('[data-quote="minister-prepared"] .meta'))).not.toMatch(/Spoken/);
  });
});

describe('the page of words reported as delivered', () => {
  it('gives the text released in advance, the differences, and who printed the advance text', async () => {
    const doc = await page('/quotes/minister-delivered/');
    const advance = doc.querySelector('[data-advance-text]')!;
    expect(visibleText(advance.querySelector('blockquote.prepared-words'))).toBe(
      'The harm will continue – and we will not stand by.',
    );
    expect(advance.querySelector('a[href="/quotes/minister-prepared/"]')).not.toBeNull();
    expect(outlets(advance.querySelector('[data-in-advance]'))).toEqual(['advance-gazette', 'wire-service']);
    expect(changes(advance.querySelector('[data-wording-diff]')!, 'ins').join(' ')).toMatch(/is.*still/);
  });
});

describe('the event page', () => {
  it('sets each prepared passage beside its delivered versions, and says when there is none', async () => {
    const doc = await page('/events/the-speech/');
    const rows = [...doc.querySelectorAll('[data-passage-row]')];
    expect(rows.map((r) => visibleText(r.querySelector('.prepared-column blockquote')))).toEqual([
      'Companies must act now.',
      'The harm will continue – and we will not stand by.',
      'Nothing less will do.',
    ]);
    expect(
      rows.map((r) => [...r.querySelectorAll('[data-delivered]')].map((d) => d.getAttribute('data-delivered'))),
    ).toEqual([['said-daily'], ['other-words-post', 'echo-times'], []]);
    expect(visibleText(rows[2].querySelector('[data-not-delivered]'))).toBe(
      'Not known to have been delivered as written.',
    );
    expect(rows[1].querySelector('[data-wording-diff] del')).not.toBeNull();
  });

  it('gathers its sources, grouped by standing', async () => {
    const doc = await page('/events/the-speech/');
    const groups = [...doc.querySelectorAll('[data-event-sources] [data-standing-group]')].map((g) => [
      g.getAttribute('data-standing-group'),
      [...g.querySelectorAll('[data-source]')].map((s) => s.getAttribute('data-source')),
    ]);
    expect(groups).toEqual([
      ['primary', ['speech-text']],
      ['report-before', ['advance-gazette']],
      ['report-after', ['echo-times', 'said-daily']],
      ['agency-copy', ['wire-service']],
      ['republished-after', ['other-words-post']],
    ]);
  });
});

describe('a source’s page', () => {
  const facts = async (id: string) => text(await page(`/sources/${id}/`), '[data-source-facts]');

  it('says what is not printed, where the date comes from, and the archive’s date as the archive’s', async () => {
    const post = await facts('other-words-post');
    expect(post).toMatch(/Title not printed/);
    expect(post).toMatch(/Author not printed/);
    expect(post).toMatch(/Archived copy 20 April 2021 \(the archive’s date, not the page’s\)/);
    expect(post).toMatch(/Standing republished copy of a report written after the event/);
    expect(post).toMatch(/Text read from a republished copy at Mirror Site \(mirror\.example\)/);
    expect(post).toMatch(/opening excerpt of the page only/);
    expect(await facts('advance-gazette')).toMatch(/Published 18 April 2021 \(date in the page’s address\)/);
    expect(await facts('wire-service')).toMatch(/Published April 2021 \(date from the text: “later today”\)/);
    expect(await facts('wire-service')).toMatch(/Credit By Wire Service reporters/);
    expect(await facts('said-daily')).toMatch(/Published 19 April 2021 \(as printed\)/);
    expect(await facts('speech-text')).toMatch(/Standing primary source .*Event The minister's speech to the charity/);
  });

  it('gives its note and the link to the copy the text was read from', async () => {
    const doc = await page('/sources/other-words-post/');
    expect(text(doc, '[data-source-note]')).toBe(
      'The text was read from a copy on another site, which names no source.',
    );
    expect(doc.querySelector('[data-read-from] a[href="https://mirror.example/other-words-post"]')).not.toBeNull();
  });

  it('lists the quotes taken from it and those it printed as another outlet’s wording', async () => {
    expect(
      (await page('/sources/other-words-post/')).querySelector('#quotes + ul [data-quote="minister-delivered"]'),
    ).not.toBeNull();
    const wire = await page('/sources/wire-service/');
    expect(wire.querySelector('#variants ~ ul [data-quote="minister-prepared"]')).not.toBeNull();
  });

  it('is listed on /sources/ under its standing', async () => {
    const doc = await page('/sources/');
    const groups = [...doc.querySelectorAll('[data-standing-group]')].map((g) => g.getAttribute('data-standing-group'));
    expect(groups).toEqual([
      'primary',
      'report-before',
      'report-after',
      'agency-copy',
      'republished-after',
      'background',
    ]);
    expect(doc.querySelector('[data-standing-group="background"] [data-source="earlier-report"]')).not.toBeNull();
  });
});

describe('findings in the fixture', () => {
  it('are evidence on the claim’s page, with who ran and who released each, never a position', async () => {
    const doc = await page('/claims/companies-must-act/');
    expect(doc.querySelector('#positions ~ section [data-stakeholder="pollster"]')).toBeNull();
    expect(text(doc, '[data-finding="pollster-finding"] dl')).toMatch(/Run by The Pollster Released by The Charity/);
    expect(text(doc, '[data-finding="pollster-unreleased-finding"] [data-released-by]')).toBe('not stated');
  });

  it('are listed as findings on the pollster’s page, with no position and no feed item taking a side', async () => {
    const doc = await page('/stakeholders/pollster/');
    expect(doc.querySelector('[data-stance]')).toBeNull();
    expect(doc.querySelectorAll('#findings ~ ul [data-finding]')).toHaveLength(2);
    const feed = await readFile(path.join(outDir, 'stakeholders/pollster/feed.xml'), 'utf8');
    expect(feed).toMatch(/Run by The Pollster; released by The Charity\./);
    expect(feed).not.toMatch(/support|disput/i);
  });
});

describe('the pages that show prepared and delivered words', () => {
  it('are valid HTML', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const problems: string[] = [];
    for (const address of [
      'quotes/minister-prepared',
      'quotes/minister-delivered',
      'events/the-speech',
      'sources/other-words-post',
      'sources',
      'claims/companies-must-act',
      'stakeholders/pollster',
    ]) {
      const file = path.join(outDir, address, 'index.html');
      const report = await validator.validateString(await readFile(file, 'utf8'), file);
      problems.push(
        ...report.results.flatMap((r) => r.messages.map((m) => `${address}:${m.line} ${m.ruleId}: ${m.message}`)),
      );
    }
    expect(problems).toEqual([]);
  });
});
