import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { Stance } from '../../schemas/quote.ts';
import { buildRecord } from '../record/record.ts';
import { positionHistory } from '../record/position-history.ts';
import { onRecordSentence, positionSentence } from './position-sentence.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const date = (iso: string): PartialDate => ({
  iso,
  precision: (['year', 'month', 'day'] as const)[iso.split('-').length - 1],
});

/** The sentence for party a's quotes on claim x: [stance, own date, or the source they come from]. */
function sentence(quotes: [Stance, string | { source: string }][]): string {
  const input = testRecordInput(
    quotes.map(([stance, when], i) =>
      typeof when === 'string'
        ? testQuote(`q${i}`, 'a', [['x', stance]], date(when))
        : testQuote(`q${i}`, 'a', [['x', stance]], undefined, undefined, when),
    ),
  );
  input.sources.push(
    {
      id: 'report-2022',
      data: { publication: 'P', kind: 'news-report', language: 'en', published: date('2022-12-07'), aliases: [] },
    },
    { id: 'undated', data: { publication: 'P', kind: 'news-report', language: 'en', aliases: [] } },
  );
  const record = buildRecord(input);
  return positionSentence(positionHistory(record, record.stancesOf('a')[0]));
}

describe('a party’s position over time, in a sentence', () => {
  it('says where the party changed position, to the month', () => {
    expect(
      sentence([
        ['supports', '2021-08'],
        ['disputes', '2022-12-07'],
      ]),
    ).toBe('Supported this in August 2021; disputed it from December 2022.');
  });

  it('gives each stretch of one stance from its first words to its last, the last one “from” its start', () => {
    expect(
      sentence([
        ['supports', '2019-12-09'],
        ['supports', '2020-10'],
        ['qualifies', '2021-09-03'],
        ['disputes', '2022-12-07'],
        ['disputes', '2023-08-31'],
      ]),
    ).toBe(
      'Supported this from December 2019 to October 2020; qualified it in September 2021; disputed it from December 2022.',
    );
  });

  it('gives the day where two stances meet within one month', () => {
    expect(
      sentence([
        ['supports', '2023-09-01'],
        ['disputes', '2023-09-20'],
      ]),
    ).toBe('Supported this on 1 September 2023; disputed it from 20 September 2023.');
  });

  it('says both stances, in no order, of words of one date that differ', () => {
    expect(
      sentence([
        ['qualifies', '2023-09-06'],
        ['supports', '2023-09-06'],
      ]),
    ).toBe('Supported and qualified this in September 2023.');
  });

  it('counts words dated only by their source apart, as possibly older, never as a change', () => {
    expect(
      sentence([
        ['supports', '2021-08'],
        ['disputes', '2022-12-07'],
        ['supports', { source: 'report-2022' }],
      ]),
    ).toBe(
      'Supported this in August 2021; disputed it from December 2022. Words with no date of their own, which may be older: 1 quote supports it (printed December 2022).',
    );
  });

  it('says the order is not known when no words of differing stances carry a date of their own', () => {
    expect(
      sentence([
        ['supports', { source: 'report-2022' }],
        ['supports', { source: 'report-2022' }],
        ['qualifies', { source: 'undated' }],
      ]),
    ).toBe(
      'Its words on this carry no date of their own, so their order is not known: 2 quotes support it (printed December 2022); 1 quote qualifies it (date not known).',
    );
  });

  it('says plainly when there was no change, and over what span', () => {
    expect(
      sentence([
        ['supports', '2019-12-09'],
        ['supports', { source: 'report-2022' }],
        ['supports', { source: 'undated' }],
      ]),
    ).toBe(
      'Supported this in all 3 quotes on record (December 2019 to printed December 2022; 1 of unknown date), with no change of position.',
    );
    expect(
      sentence([
        ['disputes', '2019-12-09'],
        ['disputes', '2019-12-10'],
      ]),
    ).toBe('Disputed this in both quotes on record (December 2019), with no change of position.');
    expect(sentence([['qualifies', { source: 'undated' }]])).toBe(
      'Qualified this in its one quote on record (date not known).',
    );
    expect(sentence([['qualifies', { source: 'report-2022' }]])).toBe(
      'Qualified this in its one quote on record (printed December 2022).',
    );
  });
});

describe('the span of a party’s words on record', () => {
  it('runs from its oldest dated words to its newest, saying which dates are only a source’s', () => {
    expect(
      onRecordSentence([
        { date: date('2023-12'), fromSource: true },
        { date: date('2019-12-09'), fromSource: false },
        { date: undefined, fromSource: true },
      ]),
    ).toBe('The 3 quotes on record date from December 2019 to printed December 2023; 1 of unknown date.');
  });

  it('says nothing of a single quote, whose date its line gives', () => {
    expect(onRecordSentence([{ date: date('2021'), fromSource: false }])).toBeUndefined();
  });
});
