import { isFinding } from '../../schemas/quote.ts';
import { STAKEHOLDER_KINDS } from '../../schemas/stakeholder.ts';
import { POSITION_ORDER } from '../wording/stance-labels.ts';
import { sourcesOfEvent } from './event-sources.ts';
import { isPrimaryText } from './source-standing.ts';
import {
  collectStances,
  type ArchiveRecord,
  type Claim,
  type Entry,
  type Position,
  type RecordEvent,
  type Source,
  type Stakeholder,
  type StanceOnClaim,
} from './record.ts';

/** The parties holding one position on a claim. */
export interface Side {
  position: Position;
  parties: Entry<Stakeholder>[];
}

/** A claim argued over in some part of the record, and the parties on each side of it there. */
export interface ClaimSides {
  claim: Entry<Claim>;
  sides: Side[];
  /** The stance of each party, with the quotes behind it (the cells of a stance grid). */
  stances: StanceOnClaim[];
}

/** One event at a glance: when, who, on what, on which side, and from which texts. */
export interface EventOverview {
  event: Entry<RecordEvent>;
  /** Every quote from it, findings included. */
  quoteCount: number;
  sources: Entry<Source>[];
  /**
   * The parties' own texts: its primary sources, then the republished copies of texts held no
   * other way (a declaration copied by another site), which say what they are.
   */
  primarySources: Entry<Source>[];
  /** The parties whose words at it are on record, the most quoted first. */
  parties: Entry<Stakeholder>[];
  /** The claims argued at it, the most argued first, each with the parties on each side. */
  claims: ClaimSides[];
}

type OverviewRecord = Pick<ArchiveRecord, 'events' | 'sources' | 'quotesAt' | 'stakeholder' | 'claim'>;

/** Events oldest first; an event whose date no source prints comes last. */
export function eventsInOrder<E extends Entry<Pick<RecordEvent, 'date'>>>(events: E[]): E[] {
  return [...events].sort(
    (a, b) =>
      Number(!a.data.date) - Number(!b.data.date) ||
      (a.data.date?.iso ?? '').localeCompare(b.data.date?.iso ?? '') ||
      a.id.localeCompare(b.id),
  );
}

const KIND_RANK = (s: Entry<Stakeholder>) => STAKEHOLDER_KINDS.indexOf(s.data.kind);

/**
 * The claims argued in a set of stances, the most argued first (more distinct positions, then
 * more parties), each with its parties grouped by position, by kind of party and then by name.
 */
export function claimSides(stances: StanceOnClaim[]): ClaimSides[] {
  const byClaim = new Map<string, StanceOnClaim[]>();
  for (const stance of stances) byClaim.set(stance.claim.id, [...(byClaim.get(stance.claim.id) ?? []), stance]);
  const score = (on: StanceOnClaim[]) => new Set(on.map((s) => s.position)).size * 1000 + on.length;
  return [...byClaim.values()]
    .sort((a, b) => score(b) - score(a) || a[0].claim.id.localeCompare(b[0].claim.id))
    .map((on) => ({
      claim: on[0].claim,
      stances: on,
      sides: POSITION_ORDER.map((position) => ({
        position,
        parties: on
          .filter((s) => s.position === position)
          .map((s) => s.stakeholder)
          .sort((a, b) => KIND_RANK(a) - KIND_RANK(b) || a.data.name.localeCompare(b.data.name)),
      })).filter((side) => side.parties.length > 0),
    }));
}

/** One event at a glance, from its quotes: a party's side is what its words at this event say. */
export function eventOverview(record: OverviewRecord, event: Entry<RecordEvent>): EventOverview {
  const quotes = record.quotesAt(event.id);
  const positionQuotes = quotes.filter((q) => !isFinding(q.data.delivery));
  const stances = collectStances(positionQuotes, record.stakeholder, record.claim);
  const quoteCount = new Map<string, number>();
  for (const q of positionQuotes) {
    for (const id of new Set([q.data.speaker.id, q.data.onBehalfOf?.id])) {
      if (id) quoteCount.set(id, (quoteCount.get(id) ?? 0) + 1);
    }
  }
  const sources = sourcesOfEvent(record, event.id);
  return {
    event,
    quoteCount: quotes.length,
    sources,
    primarySources: sources
      .filter((s) => isPrimaryText(s.data))
      .sort((a, b) => Number(a.data.standing !== 'primary') - Number(b.data.standing !== 'primary')),
    parties: [...quoteCount]
      .sort(([a, m], [b, n]) => n - m || record.stakeholder(a).data.name.localeCompare(record.stakeholder(b).data.name))
      .map(([id]) => record.stakeholder(id)),
    claims: claimSides(stances),
  };
}

/** Every event at a glance, oldest first. */
export function eventOverviews(record: OverviewRecord): EventOverview[] {
  return eventsInOrder(record.events).map((event) => eventOverview(record, event));
}
