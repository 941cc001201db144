import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { findAlignments } from './stakeholder-alignment.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const record = buildRecord(
  testRecordInput([
    testQuote('a1', 'a', [
      ['x', 'supports'],
      ['y', 'supports'],
      ['z', 'disputes'],
    ]),
    testQuote('b1', 'b', [
      ['x', 'supports'],
      ['y', 'supports'],
    ]),
    testQuote('c1', 'c', [
      ['x', 'disputes'],
      ['z', 'disputes'],
    ]),
    testQuote('d1', 'd', [
      ['y', 'qualifies'],
      ['z', 'disputes'],
    ]),
  ]),
);
const names = (list: { stakeholder: { id: string } }[]) => list.map((a) => a.stakeholder.id);

describe('who a stakeholder agrees and disagrees with most', () => {
  const { agreeMost, disagreeMost } = findAlignments(record, 'a');

  it('ranks by the number of claims on which both take the same position', () => {
    expect(names(agreeMost)).toEqual(['b', 'c', 'd']);
    expect(agreeMost[0].agreements.map((c) => c.claim.id)).toEqual(['x', 'y']);
  });

  it('puts outright opposition (supports against disputes) ahead of a qualification', () => {
    expect(names(disagreeMost)).toEqual(['c', 'd']);
    expect(disagreeMost[0]).toMatchObject({ opposed: 1 });
    expect(disagreeMost[0].disagreements[0]).toMatchObject({ mine: 'supports', theirs: 'disputes' });
    expect(disagreeMost[1]).toMatchObject({ opposed: 0 });
  });

  it('never compares a stakeholder with itself, nor counts the same quote as agreement', () => {
    const spokesperson = buildRecord(
      testRecordInput([
        testQuote('said-for-b', 'a', [['x', 'supports']], undefined, 'b'),
        testQuote('c-says', 'c', [['x', 'supports']]),
      ]),
    );
    expect(names(findAlignments(spokesperson, 'a').agreeMost)).toEqual(['c']);
    expect(names(findAlignments(spokesperson, 'b').agreeMost)).toEqual(['c']);
  });

  it('finds nobody for a stakeholder with no stances', () => {
    expect(findAlignments(record, 'nobody')).toEqual({ agreeMost: [], disagreeMost: [] });
  });
});
