import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { findOtherSide } from './other-side.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const record = buildRecord(
  testRecordInput([
    testQuote('claim-made', 'a', [
      ['x', 'supports'],
      ['y', 'supports'],
    ]),
    testQuote('hedge', 'c', [['x', 'qualifies']], { iso: '2021-04-20', precision: 'day' }),
    testQuote('rebuttal', 'b', [['x', 'disputes']], { iso: '2021-04-19', precision: 'day' }),
    testQuote('ally', 'd', [['x', 'supports']]),
  ]),
);
const quote = (id: string) => record.quotes.find((q) => q.id === id)!;
const answersTo = (id: string) =>
  findOtherSide(record, quote(id)).map((side) => ({
    claim: side.claim.id,
    answers: side.answers.flatMap((group) => group.quotes.map((q) => `${q.id}:${group.stance}`)),
  }));

describe('the other side of a quote', () => {
  it('answers a supporting quote with the disputing ones first, then the qualifying ones', () => {
    expect(answersTo('claim-made')[0]).toEqual({
      claim: 'x',
      answers: ['rebuttal:disputes', 'hedge:qualifies'],
    });
  });

  it('leaves out quotes that take the same stance, and the quote itself', () => {
    expect(answersTo('claim-made')[0].answers.join()).not.toMatch(/ally|claim-made/);
  });

  it('lists every claim the quote speaks to, even one nobody answers', () => {
    expect(answersTo('claim-made')[1]).toEqual({ claim: 'y', answers: [] });
  });

  it('answers a qualifying quote with both those who support and those who dispute', () => {
    expect(answersTo('hedge')[0].answers.sort()).toEqual(['ally:supports', 'claim-made:supports', 'rebuttal:disputes']);
  });
});
