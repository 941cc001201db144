import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { stanceGridOf, stanceGridsByEvent } from './stance-grid.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const day = (iso: string) => ({ iso, precision: 'day' as const });
const input = testRecordInput([
  testQuote(
    'q1',
    'a',
    [
      ['x', 'supports'],
      ['y', 'supports'],
    ],
    undefined,
    undefined,
    { event: 'later' },
  ),
  testQuote('q2', 'b', [['x', 'disputes']], undefined, undefined, { event: 'later' }),
  testQuote('q3', 'b', [['y', 'supports']], undefined, undefined, { event: 'later' }),
  testQuote('q4', 'b', [['y', 'disputes']], undefined, undefined, { event: 'later' }),
  testQuote('q5', 'c', [['x', 'qualifies']], undefined, undefined, { event: 'later' }),
  testQuote('q6', 'd', [['z', 'disputes']], undefined, undefined, { event: 'earlier' }),
  testQuote('q7', 'a', [['z', 'supports']]),
]);
input.stakeholders[2].data.kind = 'person';
input.events = [
  { id: 'later', data: { name: 'Later', summary: 's', date: day('2023-12-07'), aliases: [] } },
  { id: 'earlier', data: { name: 'Earlier', summary: 's', date: day('2019-10-04'), aliases: [] } },
];
const record = buildRecord(input);
const grids = stanceGridsByEvent(record);
const later = grids.find((g) => g.event?.id === 'later')!.grid;
const positions = (claimId: string) =>
  later.rows.find((r) => r.claim.id === claimId)!.cells.map((c) => c?.position ?? null);

describe('the stance grids, one per event', () => {
  it('come oldest event first, then the words tied to no event', () => {
    expect(grids.map((g) => g.event?.id ?? 'none')).toEqual(['earlier', 'later', 'none']);
  });

  it('have a column for each party on record at the event, grouped by kind of party, the most outspoken first', () => {
    // c is a person, a and b organisations: people come first, as STAKEHOLDER_KINDS lists kinds.
    expect(later.stakeholders.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  it('have a row for each claim argued at the event, the most argued over first, and none other', () => {
    expect(later.rows.map((r) => r.claim.id)).toEqual(['x', 'y']);
  });

  it('put each party’s position at that event in its column, and nothing where it is silent', () => {
    expect(positions('x')).toEqual(['qualifies', 'supports', 'disputes']);
    expect(positions('y')).toEqual([null, 'supports', 'mixed']);
  });

  it('read each cell from the event’s own words: what a party said elsewhere is not in it', () => {
    const elsewhere = grids.find((g) => !g.event)!.grid;
    expect(elsewhere.stakeholders.map((s) => s.id)).toEqual(['a']);
    expect(elsewhere.rows.map((r) => [r.claim.id, r.cells[0]?.position])).toEqual([['z', 'supports']]);
  });

  it('keep the quotes behind each cell', () => {
    const cell = later.rows.find((r) => r.claim.id === 'y')!.cells[2]!;
    expect(cell.quotes.map((q) => [q.quote.id, q.stance]).sort()).toEqual([
      ['q3', 'supports'],
      ['q4', 'disputes'],
    ]);
  });

  it('leave out an event at which no party took a stance', () => {
    input.events.push({ id: 'silent', data: { name: 'Silent', summary: 's', aliases: [] } });
    expect(stanceGridsByEvent(buildRecord(input)).map((g) => g.event?.id ?? 'none')).toEqual([
      'earlier',
      'later',
      'none',
    ]);
    expect(stanceGridOf([])).toEqual({ stakeholders: [], rows: [] });
  });
});
