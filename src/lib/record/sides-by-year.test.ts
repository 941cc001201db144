import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { sidesByYear } from './sides-by-year.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const day = (iso: string) => ({ iso, precision: 'day' as const });

const input = testRecordInput([
  testQuote('a-2019', 'a', [['x', 'supports']], day('2019-10-04')),
  testQuote('b-2019', 'b', [['x', 'disputes']], day('2019-12-09'), 'c'),
  testQuote('a-2023', 'a', [['x', 'disputes']], day('2023-12-07')),
  testQuote('a-2023-too', 'a', [['x', 'disputes']], day('2023-12-08')),
  testQuote('d-printed', 'd', [['x', 'qualifies']]),
  testQuote('d-undated', 'd', [['x', 'supports']], undefined, undefined, { source: 'undated' }),
  testQuote('elsewhere', 'b', [['y', 'supports']], day('2019-12-09')),
]);
input.sources.push({ id: 'undated', data: { publication: 'P', kind: 'news-report', language: 'en', aliases: [] } });
const poll = testQuote('poll', 'd', [['x', 'disputes']], day('2019-01-01'));
poll.data = { ...poll.data, delivery: 'poll-finding' as never };
input.quotes.push(poll);
const years = sidesByYear(buildRecord(input), 'x');
const layout = years.map((y) => [
  y.year ?? 'unknown',
  Object.fromEntries(
    y.sides.map((s) => [s.stance, s.parties.map((p) => `${p.stakeholder.id}${p.onlyBySource ? '*' : ''}`)]),
  ),
]);

describe('who was on which side of a claim, year by year', () => {
  it('puts each party on the side its words took that year, oldest year first, unknown dates last', () => {
    expect(layout).toEqual([
      ['2019', { supports: ['a'], disputes: ['b', 'c'] }],
      ['2021', { qualifies: ['d*'] }],
      ['2023', { disputes: ['a'] }],
      ['unknown', { supports: ['d'] }],
    ]);
  });

  it('names a party once a year on each side, with every quote that puts it there', () => {
    expect(
      years
        .find((y) => y.year === '2023')!
        .sides[0].parties[0].quotes.map((q) => q.id)
        .sort(),
    ).toEqual(['a-2023', 'a-2023-too']);
  });

  it('marks a party placed only by its source’s date, and counts a spokesperson’s words for whom they spoke', () => {
    // d's words have no date of their own: their source is of April 2021; c spoke through b.
    expect(years.find((y) => y.year === '2021')!.sides[0].parties[0].onlyBySource).toBe(true);
    expect(years[0].sides[1].parties.map((p) => p.onlyBySource)).toEqual([false, false]);
  });

  it('leaves out findings, which are evidence and take no side', () => {
    expect(layout.flat(2).join(' ')).not.toMatch(/2019-01|poll/);
    expect(years[0].sides.flatMap((s) => s.parties.flatMap((p) => p.quotes.map((q) => q.id)))).not.toContain('poll');
  });
});
