import { isFinding } from '../../schemas/quote.ts';
import { STAKEHOLDER_KINDS } from '../../schemas/stakeholder.ts';
import { claimSides, eventsInOrder, type ClaimSides } from './event-overview.ts';
import {
  collectStances,
  type ArchiveRecord,
  type Claim,
  type Entry,
  type RecordEvent,
  type Stakeholder,
  type StanceOnClaim,
} from './record.ts';

/** One row of the grid: a claim, and each column's stakeholder's stance on it (or none). */
export interface StanceGridRow {
  claim: Entry<Claim>;
  cells: (StanceOnClaim | undefined)[];
}

/** Stakeholders across, claims down: the shape of one part of the debate at a glance. */
export interface StanceGrid {
  stakeholders: Entry<Stakeholder>[];
  rows: StanceGridRow[];
}

/** The grid of one event. */
export interface EventStanceGrid {
  event: Entry<RecordEvent>;
  grid: StanceGrid;
}

/** The debate as one small grid per event, and the words tied to no event as sides per claim. */
export interface StanceOverview {
  grids: EventStanceGrid[];
  tiedToNoEvent: ClaimSides[];
}

/**
 * Lays out a set of stances as a grid. Columns are the parties, grouped by kind of party and the
 * most outspoken first within each kind; rows are the claims, the most argued over first.
 */
export function stanceGridOf(stances: StanceOnClaim[]): StanceGrid {
  const count = new Map<string, number>();
  const byId = new Map<string, Entry<Stakeholder>>();
  for (const s of stances) {
    count.set(s.stakeholder.id, (count.get(s.stakeholder.id) ?? 0) + 1);
    byId.set(s.stakeholder.id, s.stakeholder);
  }
  const kind = (s: Entry<Stakeholder>) => STAKEHOLDER_KINDS.indexOf(s.data.kind);
  const stakeholders = [...byId.values()].sort(
    (a, b) => kind(a) - kind(b) || count.get(b.id)! - count.get(a.id)! || a.data.name.localeCompare(b.data.name),
  );
  const rows = claimSides(stances).map(({ claim, stances: on }) => {
    const byStakeholder = new Map(on.map((s) => [s.stakeholder.id, s]));
    return { claim, cells: stakeholders.map((s) => byStakeholder.get(s.id)) };
  });
  return { stakeholders, rows };
}

/**
 * The debate as one small grid per event, oldest first, each from that event's quotes alone, so a
 * cell says what a party's words there said. The words tied to no event come as the sides of each
 * claim instead: they share no occasion, and a grid of them is every party that spoke outside an
 * event against every claim, which grows with the square of the record (500 × 1,000 cells, nearly
 * all empty, at 10,000 quotes). Findings are evidence, not positions, and are left out.
 */
export function stanceOverview(
  record: Pick<ArchiveRecord, 'events' | 'quotes' | 'quotesAt' | 'stakeholder' | 'claim'>,
): StanceOverview {
  const stancesOf = (quotes: ArchiveRecord['quotes']) =>
    collectStances(
      quotes.filter((q) => !isFinding(q.data.delivery)),
      record.stakeholder,
      record.claim,
    );
  const grids = eventsInOrder(record.events)
    .map((event) => ({ event, grid: stanceGridOf(stancesOf(record.quotesAt(event.id))) }))
    .filter((g) => g.grid.rows.length > 0);
  return { grids, tiedToNoEvent: claimSides(stancesOf(record.quotes.filter((q) => !q.data.event))) };
}
