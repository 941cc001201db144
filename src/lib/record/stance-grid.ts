import type { ArchiveRecord, Claim, Entry, Position, Stakeholder, StanceOnClaim } from './record.ts';

/** One row of the grid: a claim, and each column's stakeholder's stance on it (or none). */
export interface StanceGridRow {
  claim: Entry<Claim>;
  cells: (StanceOnClaim | undefined)[];
}

/** Stakeholders across, claims down: the shape of the debate at a glance. */
export interface StanceGrid {
  stakeholders: Entry<Stakeholder>[];
  rows: StanceGridRow[];
}

type GridSource = Pick<ArchiveRecord, 'stakeholders' | 'stancesOf' | 'stancesOn' | 'claimsByContest'>;

/**
 * Lays out every stance of the record as a grid. Columns are the stakeholders on record on at
 * least one claim, the most outspoken first; rows are the claims, the most argued over first.
 */
export function buildStanceGrid(record: GridSource): StanceGrid {
  const stakeholders = record.stakeholders
    .filter((s) => record.stancesOf(s.id).length > 0)
    .sort(
      (a, b) =>
        record.stancesOf(b.id).length - record.stancesOf(a.id).length ||
        a.data.name.localeCompare(b.data.name),
    );
  const rows = record.claimsByContest().map((claim) => {
    const byStakeholder = new Map(record.stancesOn(claim.id).map((s) => [s.stakeholder.id, s]));
    return { claim, cells: stakeholders.map((s) => byStakeholder.get(s.id)) };
  });
  return { stakeholders, rows };
}

/** For each position, the stakeholders holding it on at least one claim, in column order. */
export function stakeholdersByPosition(grid: StanceGrid): Map<Position, Entry<Stakeholder>[]> {
  const byPosition = new Map<Position, Entry<Stakeholder>[]>();
  grid.stakeholders.forEach((stakeholder, column) => {
    const held = new Set(grid.rows.map((row) => row.cells[column]?.position));
    for (const position of held) {
      if (position) byPosition.set(position, [...(byPosition.get(position) ?? []), stakeholder]);
    }
  });
  return byPosition;
}
