import { describe, expect, it } from 'vitest';
import { advanceTextOf, correspondingPart, deliveryRecordOf, sameWords, summariseDelivery } from './delivery-record.ts';
import { checkedRecord } from './checked-record.ts';
import { buildRecord } from './record.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';
import type { RecordInput } from './record-types.ts';

const ref = (collection: string, id: string) => ({ id, collection });
const source = (id: string, publication: string) => ({
  id,
  data: { publication, kind: 'news-report' as const, language: 'en', aliases: [] },
});

const FIRST = 'We will act now.';
const SECOND = 'The offending will continue – and we will not stand by.';
const PREPARED = `${FIRST} ${SECOND}`;

function input(extra: Partial<RecordInput['quotes'][number]['data']>[] = []): RecordInput {
  const base = testRecordInput([]);
  base.sources.push(
    source('advance-wire', 'Advance Wire'),
    source('same-daily', 'Same Daily'),
    source('other-post', 'Other Post'),
    source('unsure-times', 'Unsure Times'),
    source('echo-weekly', 'Echo Weekly'),
  );
  const prepared = {
    ...testQuote('prepared', 'a', []),
  };
  prepared.data = {
    ...prepared.data,
    text: PREPARED,
    delivery: 'prepared-remarks' as never,
    variants: [
      { source: ref('sources', 'advance-wire'), text: PREPARED, presented: 'in-advance' },
      { source: ref('sources', 'same-daily'), text: 'We will act now.', passage: FIRST, presented: 'as-said' },
      { source: ref('sources', 'unsure-times'), text: PREPARED },
    ] as never,
  };
  base.quotes = [
    prepared,
    ...extra.map((data, i) => ({ id: `delivered-${i + 1}`, data: { ...testQuote('x', 'a', []).data, ...data } })),
  ] as never;
  return base;
}

const deliveredInOtherWords = {
  text: 'We will act today.',
  source: ref('sources', 'other-post'),
  delivery: 'spoken' as const,
  prepared: { quote: ref('quotes', 'prepared'), passage: FIRST },
  variants: [{ source: ref('sources', 'echo-weekly'), text: 'We will act today.', presented: 'as-said' as const }],
};

describe('the delivery record of remarks released in advance', () => {
  it('names the outlets that printed the advance text, the quote’s own source first', () => {
    const record = buildRecord(input());
    const delivery = deliveryRecordOf(record, record.quote('prepared'));
    expect(delivery.inAdvance.map((p) => p.source.id)).toEqual(['article', 'advance-wire']);
    expect(delivery.unstated.map((p) => p.source.id)).toEqual(['unsure-times']);
  });

  it('counts a variant presented as said as a delivered version, in the same words', () => {
    const record = buildRecord(input());
    const delivery = deliveryRecordOf(record, record.quote('prepared'));
    expect(delivery.delivered.map((v) => [v.source.id, v.passage, v.sameWords])).toEqual([['same-daily', FIRST, true]]);
  });

  it('keeps the words no report gives as said apart, as not known to have been delivered', () => {
    const record = buildRecord(input());
    const delivery = deliveryRecordOf(record, record.quote('prepared'));
    expect(delivery.undelivered).toEqual([SECOND]);
    expect(delivery.passages.map((p) => [p.passage, p.delivered.length])).toEqual([
      [FIRST, 1],
      [SECOND, 0],
    ]);
  });

  it('says nothing was reported as said when no report gives any of it', () => {
    const base = input();
    base.quotes[0].data.variants = base.quotes[0].data.variants.filter((v) => v.presented !== 'as-said');
    const record = buildRecord(base);
    const delivery = deliveryRecordOf(record, record.quote('prepared'));
    expect(delivery.delivered).toEqual([]);
    expect(delivery.undelivered).toEqual([PREPARED]);
  });

  it('adds a delivered quote and its outlets’ wordings, with the words that differ', () => {
    const record = buildRecord(input([deliveredInOtherWords]));
    const delivery = deliveryRecordOf(record, record.quote('prepared'));
    const first = delivery.passages[0];
    expect(first.delivered.map((v) => [v.source.id, v.quote?.id, v.sameWords])).toEqual([
      ['same-daily', undefined, true],
      ['other-post', 'delivered-1', false],
      ['echo-weekly', 'delivered-1', false],
    ]);
    expect(first.delivered[1].parts.filter((p) => p.kind === 'changed')).toEqual([
      { kind: 'changed', before: 'now', after: 'today' },
    ]);
  });

  it('covers the whole text when a delivered quote names no passage', () => {
    const { prepared: _, ...rest } = deliveredInOtherWords;
    const record = buildRecord(
      input([{ ...rest, text: PREPARED, prepared: { quote: ref('quotes', 'prepared') } } as never]),
    );
    const delivery = deliveryRecordOf(record, record.quote('prepared'));
    expect(delivery.undelivered).toEqual([]);
    expect(delivery.passages.at(-1)).toMatchObject({ passage: PREPARED });
  });

  it('gives a delivered quote the text released in advance and who printed it', () => {
    const record = buildRecord(input([deliveredInOtherWords]));
    const advance = advanceTextOf(record, record.quote('delivered-1'))!;
    expect(advance.prepared.id).toBe('prepared');
    expect(advance.passage).toBe(FIRST);
    expect(advance.version.sameWords).toBe(false);
    expect(advance.inAdvance.map((p) => p.source.id)).toEqual(['article', 'advance-wire']);
    expect(advanceTextOf(record, record.quote('prepared'))).toBeUndefined();
  });

  it('treats wordings that differ only in quotation marks, dashes and spaces as the same words', () => {
    expect(sameWords('it’s – here', "it's - here")).toBe(true);
    expect(sameWords('it is here', 'it was here')).toBe(false);
  });

  it('treats a sentence whose full stop a report turned into a comma as the same words', () => {
    expect(sameWords('We cannot allow it.', 'We cannot allow it,')).toBe(true);
    expect(sameWords('We cannot allow it.', 'We cannot allow it')).toBe(true);
    expect(sameWords('We cannot, allow it.', 'We cannot allow it.')).toBe(false);
  });
});

describe('the summary at the top of a prepared quote’s page', () => {
  it('names who reports the words as said in the same words and in other words, and which part', () => {
    const record = buildRecord(input([deliveredInOtherWords]));
    const summary = summariseDelivery(deliveryRecordOf(record, record.quote('prepared')));
    expect(summary.sameWords.map((s) => s.id)).toEqual(['same-daily']);
    expect(summary.otherWords.map((s) => s.id)).toEqual(['other-post', 'echo-weekly']);
    expect(summary.reportedParts).toEqual([FIRST]);
  });

  it('names no part when no report gives any of the words as said', () => {
    const base = input();
    base.quotes[0].data.variants = [];
    const record = buildRecord(base);
    expect(summariseDelivery(deliveryRecordOf(record, record.quote('prepared')))).toEqual({
      sameWords: [],
      otherWords: [],
      reportedParts: [],
    });
  });
});

describe('what ties a delivered version to its prepared text', () => {
  it('refuses a passage that is not in the prepared text, naming the file and field', () => {
    const base = input([
      { ...deliveredInOtherWords, prepared: { quote: ref('quotes', 'prepared'), passage: 'We will act soon.' } },
    ]);
    expect(() => checkedRecord(base)).toThrow(
      /delivered-1 → prepared\.passage: the passage is not part of the text of "prepared"/,
    );
  });

  it('refuses a delivered version of words that were not released in advance', () => {
    const base = input([deliveredInOtherWords]);
    base.quotes[0].data.delivery = 'statement';
    expect(() => checkedRecord(base)).toThrow(
      /prepared\.quote: "prepared" is not remarks released in advance \(its delivery is statement\)/,
    );
  });

  it('refuses a variant whose passage is not in its quote’s text', () => {
    const base = input();
    base.quotes[0].data.variants[1].passage = 'We shall act now.';
    expect(() => checkedRecord(base)).toThrow(/variants\[1\]\.passage: the passage is not part of this quote's text/);
  });
});

describe('the part of a prepared passage that part of a delivered version stands for', () => {
  const before = 'Facebook are pursuing plans that place the progress achieved so far in jeopardy.';
  const after = 'Facebook is still pursuing plans that place the progress that has been made at jeopardy.';

  it('takes the same words where the two wordings agree', () => {
    expect(correspondingPart(before, after, 'pursuing plans')).toBe('pursuing plans');
  });

  it('takes the whole changed stretch where the part begins or ends inside one', () => {
    expect(correspondingPart(before, after, 'at jeopardy.')).toBe('achieved so far in jeopardy.');
    expect(correspondingPart(before, after, 'Facebook is still')).toBe('Facebook are');
  });

  it('compares an outlet’s part of a delivered quote with the matching part of the prepared text', () => {
    const partial = {
      ...deliveredInOtherWords,
      text: 'We will act today, and not later.',
      variants: [
        {
          source: ref('sources', 'echo-weekly'),
          text: 'act today',
          passage: 'act today',
          presented: 'as-said' as const,
        },
      ],
    };
    const record = buildRecord(input([partial]));
    const echo = deliveryRecordOf(record, record.quote('prepared')).delivered.find(
      (v) => v.source.id === 'echo-weekly',
    )!;
    expect(echo.passage).toBe('act now');
  });
});
