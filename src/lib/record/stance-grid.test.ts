import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { buildStanceGrid, stakeholdersByPosition } from './stance-grid.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const record = buildRecord(
  testRecordInput([
    testQuote('q1', 'a', [['x', 'supports'], ['y', 'supports']]),
    testQuote('q2', 'b', [['x', 'disputes']]),
    testQuote('q3', 'b', [['y', 'supports']]),
    testQuote('q4', 'b', [['y', 'disputes']]),
    testQuote('q5', 'c', [['x', 'qualifies']]),
  ]),
);
const grid = buildStanceGrid(record);
const positions = (claimId: string) =>
  grid.rows.find((r) => r.claim.id === claimId)!.cells.map((c) => c?.position ?? null);

describe('the stance grid', () => {
  it('has a column for each stakeholder on record on a claim, the most outspoken first', () => {
    expect(grid.stakeholders.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('has a row for every claim, the most argued over first, even one nobody speaks to', () => {
    expect(grid.rows.map((r) => r.claim.id)).toEqual(['x', 'y', 'z']);
  });

  it('puts each stakeholder’s position in its column, and nothing where it is silent', () => {
    expect(positions('x')).toEqual(['supports', 'disputes', 'qualifies']);
    expect(positions('y')).toEqual(['supports', 'mixed', null]);
    expect(positions('z')).toEqual([null, null, null]);
  });

  it('keeps the quotes behind each cell', () => {
    const cell = grid.rows.find((r) => r.claim.id === 'y')!.cells[1]!;
    expect(cell.quotes.map((q) => [q.quote.id, q.stance]).sort()).toEqual([
      ['q3', 'supports'],
      ['q4', 'disputes'],
    ]);
  });

  it('names every stakeholder who holds each position on some claim', () => {
    const held = stakeholdersByPosition(grid);
    const ids = (p: string) => held.get(p as never)?.map((s) => s.id);
    expect(ids('disputes')).toEqual(['b']);
    expect(ids('supports')).toEqual(['a']);
    expect(ids('qualifies')).toEqual(['c']);
    expect(ids('mixed')).toEqual(['b']);
  });
});
