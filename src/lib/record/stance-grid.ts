import { isFinding } from '../../schemas/quote.ts';
import { STAKEHOLDER_KINDS } from '../../schemas/stakeholder.ts';
import { claimSides, eventsInOrder } from './event-overview.ts';
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

/** The grid of one event, or (event undefined) of the words tied to no event. */
export interface EventStanceGrid {
  event: Entry<RecordEvent> | undefined;
  grid: StanceGrid;
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
 * The debate as one small grid per event, oldest first, then one for the words tied to no event:
 * each from that part's quotes alone, so a cell says what a party's words there said. One grid of
 * every party against every claim would run to dozens of columns once the record spans years.
 * Findings are evidence, not positions, and are left out.
 */
export function stanceGridsByEvent(
  record: Pick<ArchiveRecord, 'events' | 'quotes' | 'quotesAt' | 'stakeholder' | 'claim'>,
): EventStanceGrid[] {
  const gridOf = (quotes: ArchiveRecord['quotes']) =>
    stanceGridOf(
      collectStances(
        quotes.filter((q) => !isFinding(q.data.delivery)),
        record.stakeholder,
        record.claim,
      ),
    );
  const grids: EventStanceGrid[] = eventsInOrder(record.events).map((event) => ({
    event,
    grid: gridOf(record.quotesAt(event.id)),
  }));
  grids.push({ event: undefined, grid: gridOf(record.quotes.filter((q) => !q.data.event)) });
  return grids.filter((g) => g.grid.rows.length > 0);
}
