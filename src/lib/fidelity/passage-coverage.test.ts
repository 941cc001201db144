import { describe, expect, it } from 'vitest';
import type { LeftOutPassage } from '../../schemas/left-out.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import { coverPassages } from './passage-coverage.ts';
import type { Entry } from '../record/record-types.ts';

function source(id: string, file?: string): Entry<Source> {
  return {
    id,
    data: {
      publication: id,
      kind: 'news-report',
      language: 'en',
      snapshot: file ? { file, excerpt: true, headline: true } : undefined,
      aliases: [],
    },
  };
}

function quote(
  id: string,
  from: string,
  text: string,
  variants: { source: string; text: string }[] = [],
): Entry<Quote> {
  return {
    id,
    data: {
      text,
      paragraph: 1,
      speaker: { id: 'minister', collection: 'stakeholders' },
      source: { id: from, collection: 'sources' },
      delivery: 'spoken',
      claims: [],
      variants: variants.map((v) => ({ source: { id: v.source, collection: 'sources' }, text: v.text })),
      corrections: [],
      aliases: [],
    },
  };
}

const MAIL = [
  "Minister will say firms have a 'moral duty' to children",
  '',
  "Miss Patel will say: 'The offending will continue – but the company intends to blind itself to this problem. This is not acceptable.",
  '',
  "'Simply removing accounts from a platform is nowhere near enough.'",
].join('\n');

function cover(quotes: Entry<Quote>[], leftOut: LeftOutPassage[] = [], snapshots = [{ file: 'mail.txt', text: MAIL }]) {
  return coverPassages({
    snapshots,
    sources: [source('eandt'), source('mail', 'mail.txt')],
    quotes,
    leftOut: { file: 'content/left-out.yaml', passages: leftOut },
    snapshotPath: (file) => `content/snapshots/${file}`,
  });
}

const HEADLINE: LeftOutPassage = {
  snapshot: 'mail.txt',
  passage: 'moral duty',
  reason: 'headline',
  note: 'A headline’s fragment.',
};
const RECORD = [
  quote(
    'blind-itself',
    'eandt',
    'The offending will continue – but the company intends to blind itself to this problem.',
    [
      {
        source: 'mail',
        text: 'The offending will continue - but the company intends to blind itself to this problem.',
      },
    ],
  ),
  quote(
    'not-acceptable',
    'eandt',
    'This is not acceptable. Simply removing accounts from a platform is nowhere near enough.',
    [
      { source: 'mail', text: 'This is not acceptable.' },
      { source: 'mail', text: 'Simply removing accounts from a platform is nowhere near enough.' },
    ],
  ),
];

describe('accounting for every passage a snapshot prints in quotation marks', () => {
  it('finds each passage on record in a variant from the snapshot’s source, or left out with its reason', () => {
    const report = cover(RECORD, [HEADLINE]);
    expect(report.problems).toEqual([]);
    expect(report.snapshots[0].passages.map((p) => p.home)).toEqual([
      { kind: 'left-out', reason: 'headline' },
      { kind: 'record', wordings: ['quotes/blind-itself variants[0]', 'quotes/not-acceptable variants[0]'] },
      { kind: 'record', wordings: ['quotes/not-acceptable variants[1]'] },
    ]);
  });

  it('does not count a quote from another source, even with the same words', () => {
    const fromEandtOnly = [
      quote('removing', 'eandt', 'Simply removing accounts from a platform is nowhere near enough.'),
    ];
    const problem = cover(fromEandtOnly, [HEADLINE]).problems.find((p) => p.field === 'line 5');
    expect(problem).toEqual({
      file: 'content/snapshots/mail.txt',
      field: 'line 5',
      message:
        'the passage “Simply removing accounts from a platform is nowhere near enough.” is not on record: add it as a quote from mail (or as a variant of the quote whose words it repeats), or list it in content/left-out.yaml with snapshot: mail.txt, the passage, a reason and a note',
    });
  });

  it('takes a passage held only by a withdrawn quote as withdrawn: the withdrawal gives the reason', () => {
    const [blind, notAcceptable] = structuredClone(RECORD);
    notAcceptable.data.withdrawn = { date: { iso: '2026-11-29', precision: 'day' }, reason: 'Not her words.' };
    const report = cover([blind, notAcceptable], [HEADLINE]);
    expect(report.problems).toEqual([]);
    expect(report.snapshots[0].passages.map((p) => p.home)).toEqual([
      { kind: 'left-out', reason: 'headline' },
      { kind: 'withdrawn', wordings: ['quotes/blind-itself variants[0]', 'quotes/not-acceptable variants[0]'] },
      { kind: 'withdrawn', wordings: ['quotes/not-acceptable variants[1]'] },
    ]);
  });

  it('holds a passage cut off by the excerpt with a wording that stops at the cut', () => {
    const cut = { file: 'mail.txt', text: '“Facebook are still pursuing plans that place the good work and the progr' };
    const upToCut = [quote('q', 'mail', 'Facebook are still pursuing plans that place the good work and the')];
    expect(cover(upToCut, [], [cut]).problems).toEqual([]);
  });

  it('reports a left-out entry that matches no passage, and a snapshot no source names', () => {
    const stale = { ...HEADLINE, passage: 'moral duties' };
    const report = cover(
      RECORD,
      [HEADLINE, stale],
      [
        { file: 'mail.txt', text: MAIL },
        { file: 'stray.txt', text: 'No quotation here.' },
      ],
    );
    expect(report.problems.map((p) => [p.file, p.field])).toEqual([
      ['content/snapshots/stray.txt', '(file)'],
      ['content/left-out.yaml', 'passages[1].passage'],
    ]);
    expect(report.problems[0].message).toMatch(/no source names this snapshot: name it in the source/);
    expect(report.problems[1].message).toMatch(
      /no passage in quotation marks in mail\.txt reads “moral duties”.*copy the words exactly/,
    );
  });

  it('takes a left-out entry for a passage that is on record as a contradiction to resolve', () => {
    const onRecord = { ...HEADLINE, passage: 'Simply removing accounts from a platform is nowhere near enough.' };
    expect(cover(RECORD, [HEADLINE, onRecord]).problems.map((p) => p.field)).toEqual(['passages[1].passage']);
  });
});
