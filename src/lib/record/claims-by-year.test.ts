import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { claimsByFirstYear, yearsOfClaim } from './claims-by-year.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const year = (iso: string) => ({ iso, precision: 'year' as const });
const record = buildRecord(
  testRecordInput([
    testQuote('x-2023', 'a', [['x', 'supports']], year('2023')),
    testQuote('x-2019', 'b', [['x', 'disputes']], year('2019')),
    // No date of its own: placed by its source, of April 2021.
    testQuote('y-printed', 'c', [['y', 'qualifies']]),
  ]),
);

describe('claims by year', () => {
  it('gives the years a claim is on record in, oldest first, a quote of no date placed by its source', () => {
    expect(yearsOfClaim(record, 'x')).toEqual(['2019', '2023']);
    expect(yearsOfClaim(record, 'y')).toEqual(['2021']);
    expect(yearsOfClaim(record, 'z')).toEqual([]);
  });

  it('groups claims by the year each is first on record, keeping the order given, undated last', () => {
    const groups = claimsByFirstYear(record, [record.claim('z'), record.claim('y'), record.claim('x')]);
    expect(groups.map((g) => [g.year ?? 'unknown', g.claims.map((c) => c.id)])).toEqual([
      ['2019', ['x']],
      ['2021', ['y']],
      ['unknown', ['z']],
    ]);
  });
});
