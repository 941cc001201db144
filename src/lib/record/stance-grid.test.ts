import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { stanceGridOf, stanceOverview } from './stance-grid.ts';
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
const { grids, tiedToNoEvent } = stanceOverview(record);
const later = grids.find((g) => g.event.id === 'later')!.grid;
const positions = (claimId: string) =>
  later.rows.find((r) => r.claim.id === claimId)!.cells.map((c) => c?.position ?? null);

describe('the stance grids, one per event', () => {
  it('come oldest event first', () => {
    expect(grids.map((g) => g.event.id)).toEqual(['earlier', 'later']);
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
    const earlier = grids.find((g) => g.event.id === 'earlier')!.grid;
    expect(earlier.stakeholders.map((s) => s.id)).toEqual(['d']);
    expect(earlier.rows.map((r) => [r.claim.id, r.cells[0]?.position])).toEqual([['z', 'disputes']]);
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
    expect(stanceOverview(buildRecord(input)).grids.map((g) => g.event.id)).toEqual(['earlier', 'later']);
    expect(stanceGridOf([])).toEqual({ stakeholders: [], rows: [] });
  });
});

describe('the words tied to no event', () => {
  it('give each claim argued in them with the parties on each side, from those words alone', () => {
    expect(
      tiedToNoEvent.map((c) => [c.claim.id, c.sides.map((s) => [s.position, s.parties.map((p) => p.id)])]),
    ).toEqual([['z', [['supports', ['a']]]]]);
    expect(tiedToNoEvent[0].stances[0].quotes.map((q) => q.quote.id)).toEqual(['q7']);
  });

  it('grow with the stances taken in them, not with every party against every claim', () => {
    // Ten parties, each on a claim of its own, outside any event: ten sides, where a grid would
    // have had a hundred cells.
    const ten = Array.from({ length: 10 }, (_, i) => i);
    const many = testRecordInput(ten.map((i) => testQuote(`m${i}`, `p${i}`, [[`c${i}`, 'supports']])));
    many.stakeholders.push(...ten.map((i) => ({ ...many.stakeholders[0], id: `p${i}` })));
    many.claims.push(...ten.map((i) => ({ ...many.claims[0], id: `c${i}` })));
    const sides = stanceOverview(buildRecord(many)).tiedToNoEvent;
    expect(sides).toHaveLength(10);
    expect(sides.flatMap((c) => c.sides.flatMap((s) => s.parties))).toHaveLength(10);
  });
});
