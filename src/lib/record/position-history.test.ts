import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { positionHistories, positionHistory } from './position-history.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const day = (iso: string) => ({ iso, precision: 'day' as const });
const month = (iso: string) => ({ iso, precision: 'month' as const });
const year = (iso: string) => ({ iso, precision: 'year' as const });

// a: announces a plan in 2019 (its own words, and a spokesperson's for it), pauses it, drops it in
// 2023; a report of 2023 recalls its old words without dating them. b speaks on y once a day.
const input = testRecordInput([
  testQuote('announce', 'a', [['x', 'supports']], month('2019-08')),
  testQuote('spokesperson', 'c', [['x', 'supports']], day('2019-09-02'), 'a'),
  testQuote('pause', 'a', [['x', 'qualifies']], day('2019-09-03')),
  testQuote('drop', 'a', [['x', 'disputes']], day('2023-12-07')),
  testQuote('drop-again', 'a', [['x', 'disputes']], year('2024')),
  testQuote('recalled', 'a', [['x', 'supports']], undefined, undefined, { source: 'report-2023' }),
  testQuote('no-date', 'a', [['x', 'disputes']], undefined, undefined, { source: 'undated' }),
  testQuote('aside-1', 'a', [['z', 'supports']], year('2020')),
  testQuote('aside-2', 'a', [['z', 'supports']], year('2021')),
  testQuote('morning', 'b', [['y', 'supports']], day('2023-09-06')),
  testQuote('evening', 'b', [['y', 'qualifies']], day('2023-09-06')),
  testQuote('later-that-year', 'b', [['y', 'qualifies']], year('2023')),
]);
input.sources.push(
  {
    id: 'report-2023',
    data: { publication: 'Paper', kind: 'news-report', language: 'en', published: day('2023-12-07'), aliases: [] },
  },
  { id: 'undated', data: { publication: 'Blog', kind: 'news-report', language: 'en', aliases: [] } },
);
const record = buildRecord(input);
const historyOf = (stakeholder: string, claim: string) =>
  positionHistory(
    record,
    record.stancesOf(stakeholder).find((s) => s.claim.id === claim)!,
  );

describe('a party’s position on a claim through time', () => {
  const a = historyOf('a', 'x');

  it('puts every quote on the line, oldest first, words of unknown date last', () => {
    expect(a.points.map((p) => p.quote.id)).toEqual([
      'announce',
      'spokesperson',
      'pause',
      'recalled',
      'drop',
      'drop-again',
      'no-date',
    ]);
  });

  it('counts the words given on the party’s behalf, as its stance does', () => {
    expect(a.points.find((p) => p.quote.id === 'spokesperson')?.stance).toBe('supports');
  });

  it('dates each point as precisely as known, and says when the date is only its source’s', () => {
    const point = (id: string) => a.points.find((p) => p.quote.id === id)!;
    expect(point('announce')).toMatchObject({ date: month('2019-08'), fromSource: false });
    expect(point('recalled')).toMatchObject({ date: day('2023-12-07'), fromSource: true });
    expect(point('no-date').date).toBeUndefined();
  });

  it('finds each change between words dated by themselves', () => {
    expect(a.periods.map((p) => [p.stances, p.from.iso, p.to.iso])).toEqual([
      [['supports'], '2019-08', '2019-09-02'],
      [['qualifies'], '2019-09-03', '2019-09-03'],
      [['disputes'], '2023-12-07', '2024'],
    ]);
    expect(a.changes).toEqual([
      { from: ['supports'], to: ['qualifies'], before: day('2019-09-02'), after: day('2019-09-03') },
      { from: ['qualifies'], to: ['disputes'], before: day('2019-09-03'), after: day('2023-12-07') },
    ]);
  });

  it('never dates a change by words that carry only their source’s date: they may be older', () => {
    // "recalled" supports x in a report of December 2023, the day "drop" disputes it.
    expect(a.changes.map((c) => c.to)).not.toContainEqual(['supports']);
    expect(a.undatedWords.map((p) => p.quote.id)).toEqual(['recalled', 'no-date']);
  });

  it('orders nothing between words whose dates overlap, holding every stance they take', () => {
    // Two quotes of one day, and one of that year: no order is known among them.
    const b = historyOf('b', 'y');
    expect(b.periods.map((p) => [p.stances, p.from.iso])).toEqual([[['supports', 'qualifies'], '2023']]);
    expect(b.changes).toEqual([]);
  });

  it('lists the claims on which the party changed position first', () => {
    // z has fewer quotes than x, but x would come first for its changes alone.
    expect(positionHistories(record, 'a').map((h) => [h.claim.id, h.changes.length])).toEqual([
      ['x', 2],
      ['z', 0],
    ]);
    expect(positionHistories(record, 'c').map((h) => [h.claim.id, h.changes.length])).toEqual([['x', 0]]);
  });
});
