import type { PartialDate } from '../../schemas/partial-date.ts';
import { STANCES, type Stance } from '../../schemas/quote.ts';
import type { ArchiveRecord, Claim, Entry, Position, Quote, Stakeholder, StanceOnClaim } from './record.ts';

/** One quote on a party's line through time: its stance, and its date as precisely as known. */
export interface PositionPoint {
  quote: Entry<Quote>;
  stance: Stance;
  /** The words' own date, else their source's; undefined when neither is known. */
  date: PartialDate | undefined;
  /** The words carry no date of their own: `date` is their source's, and they may be older. */
  fromSource: boolean;
}

/** A stretch of time over which a party's dated words took the same stance (or stances). */
export interface PositionPeriod {
  /** One stance, or several where words of the same date (no order known) differ. */
  stances: Stance[];
  from: PartialDate;
  to: PartialDate;
  points: PositionPoint[];
}

/** Where a party's dated words moved from one stance to another. */
export interface PositionChange {
  from: Stance[];
  to: Stance[];
  /** The date of the last words before the change, and of the first after it. */
  before: PartialDate;
  after: PartialDate;
}

/** A party's position on one claim as a line through time. */
export interface PositionHistory {
  stakeholder: Entry<Stakeholder>;
  claim: Entry<Claim>;
  /** Its position over all its quotes, as the rest of the archive gives it. */
  position: Position;
  /** Every quote on the claim, oldest first; those of unknown date last. */
  points: PositionPoint[];
  /** Its words that carry their own date, in periods of one stance, oldest first. */
  periods: PositionPeriod[];
  /** Each move between periods. */
  changes: PositionChange[];
  /**
   * Quotes whose words carry no date of their own. A source's date says only that the words were
   * said by then, so these are shown on the line but never date a change.
   */
  undatedWords: PositionPoint[];
}

const stanceRank = (s: Stance) => STANCES.indexOf(s);

function comparePoints(a: PositionPoint, b: PositionPoint): number {
  if (!a.date || !b.date) return Number(!a.date) - Number(!b.date) || a.quote.id.localeCompare(b.quote.id);
  return (
    // "2021" sorts before "2021-08", what is known only to the year heading its year.
    a.date.iso.localeCompare(b.date.iso) ||
    // On one date, words dated only by their source may be older than words dated themselves.
    Number(b.fromSource) - Number(a.fromSource) ||
    a.quote.id.localeCompare(b.quote.id)
  );
}

/** Whether two dates may be the same time: one is the other, or contains it ("2021" and "2021-08"). */
function overlap(a: PartialDate, b: PartialDate): boolean {
  return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
}

const sameStances = (a: Stance[], b: Stance[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * Groups words dated by themselves, oldest first, into periods. Words whose dates overlap have
 * no known order, so they form one moment; a moment whose words differ holds every stance they
 * take. Consecutive moments with the same stances make one period.
 */
function periodsOf(dated: PositionPoint[]): PositionPeriod[] {
  const moments: { date: PartialDate; points: PositionPoint[] }[] = [];
  for (const point of dated) {
    const date = point.date!;
    const moment = moments.at(-1);
    if (moment && overlap(moment.date, date)) {
      moment.points.push(point);
      // The least precise date covers every date of the moment.
      if (date.iso.length < moment.date.iso.length) moment.date = date;
    } else {
      moments.push({ date, points: [point] });
    }
  }
  const periods: PositionPeriod[] = [];
  for (const moment of moments) {
    const stances = [...new Set(moment.points.map((p) => p.stance))].sort((a, b) => stanceRank(a) - stanceRank(b));
    const period = periods.at(-1);
    if (period && sameStances(period.stances, stances)) {
      period.points.push(...moment.points);
      period.to = moment.date;
    } else {
      periods.push({ stances, from: moment.date, to: moment.date, points: [...moment.points] });
    }
  }
  return periods;
}

/** One party's position on one claim through time, from the quotes behind its stance. */
export function positionHistory(record: Pick<ArchiveRecord, 'quoteDate'>, stance: StanceOnClaim): PositionHistory {
  const points = stance.quotes
    .map(({ quote, stance }) => ({ quote, stance, ...record.quoteDate(quote) }))
    .sort(comparePoints);
  const periods = periodsOf(points.filter((p) => p.date && !p.fromSource));
  const changes = periods.slice(1).map((period, i) => ({
    from: periods[i].stances,
    to: period.stances,
    before: periods[i].to,
    after: period.from,
  }));
  return {
    stakeholder: stance.stakeholder,
    claim: stance.claim,
    position: stance.position,
    points,
    periods,
    changes,
    undatedWords: points.filter((p) => !p.date || p.fromSource),
  };
}

/**
 * A party's position on every claim it speaks to, each as a line through time: the claims on
 * which it changed position first, then those it spoke to most, then by statement.
 */
export function positionHistories(
  record: Pick<ArchiveRecord, 'stancesOf' | 'quoteDate'>,
  stakeholderId: string,
): PositionHistory[] {
  return record
    .stancesOf(stakeholderId)
    .map((s) => positionHistory(record, s))
    .sort(
      (a, b) =>
        Number(b.changes.length > 0) - Number(a.changes.length > 0) ||
        b.points.length - a.points.length ||
        a.claim.data.statement.localeCompare(b.claim.data.statement),
    );
}
