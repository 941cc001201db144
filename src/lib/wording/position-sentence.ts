import type { PartialDate } from '../../schemas/partial-date.ts';
import { STANCES, type Stance } from '../../schemas/quote.ts';
import type { PositionHistory, PositionPeriod, PositionPoint } from '../record/position-history.ts';
import { countOf } from './count-of.ts';
import { formatPartialDate } from './format-date.ts';
import { STANCE_PAST, STANCE_VERBS } from './stance-labels.ts';
import { joinNames } from './name-list.ts';

/** A date to the month at most: a sentence about years of debate needs no day. */
function toMonth(date: PartialDate): PartialDate {
  return date.precision === 'day' ? { iso: date.iso.slice(0, 7), precision: 'month' } : date;
}

const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

/** "in August 2021", or "on 6 September 2023" where the day is needed to tell two dates apart. */
function at(date: PartialDate, full: boolean): string {
  const shown = full ? date : toMonth(date);
  return `${shown.precision === 'day' ? 'on' : 'in'} ${formatPartialDate(shown)}`;
}

function words(date: PartialDate, full: boolean): string {
  return formatPartialDate(full ? date : toMonth(date));
}

/**
 * "Supported this in August 2021; qualified it in September 2021; disputed it from December
 * 2022": each period of the party's dated words, the last one after a change said to run "from"
 * its start. Dates are given to the month, unless two periods meet within one month.
 */
function periodsSentence(periods: PositionPeriod[]): string {
  // Where one period ends and the next begins in the same month, only the days tell them apart.
  const full = new Set<PartialDate>();
  periods.slice(1).forEach((period, i) => {
    const before = periods[i].to;
    if (words(before, false) === words(period.from, false)) full.add(before).add(period.from);
  });
  const clauses = periods.map((period, i) => {
    const verbs = joinNames(period.stances.map((s) => STANCE_PAST[s]));
    const object = i === 0 ? 'this' : 'it';
    const [from, to] = [period.from, period.to];
    const when =
      i > 0 && i === periods.length - 1
        ? `from ${words(from, full.has(from))}`
        : words(from, full.has(from)) === words(to, full.has(to))
          ? at(from, full.has(from))
          : `from ${words(from, full.has(from))} to ${words(to, full.has(to))}`;
    return `${verbs} ${object} ${when}`;
  });
  return `${capitalised(clauses.join('; '))}.`;
}

/** "printed December 2022; date not known": what is known of the dates of words with none of their own. */
function printedDates(points: PositionPoint[]): string {
  const printed = [...new Set(points.filter((p) => p.date).map((p) => words(p.date!, false)))];
  return [
    ...(printed.length > 0 ? [`printed ${joinNames(printed)}`] : []),
    ...(points.some((p) => !p.date) ? ['date not known'] : []),
  ].join('; ');
}

/** "1 quote supports it (printed December 2022); 2 quotes dispute it (date not known)". */
function byStance(points: PositionPoint[]): string {
  return STANCES.map((stance: Stance) => points.filter((p) => p.stance === stance))
    .filter((group) => group.length > 0)
    .map((group) => {
      const verb = group.length === 1 ? group[0].stance : STANCE_VERBS[group[0].stance];
      return `${countOf(group.length, 'quote')} ${verb} it (${printedDates(group)})`;
    })
    .join('; ');
}

/**
 * When a party's quotes are on record, as a span: "August 2021 to December 2023", "printed April
 * 2021"; and how many have no known date at all. Undefined when no quote has a date.
 */
function span(points: Pick<PositionPoint, 'date' | 'fromSource'>[]): string | undefined {
  const dated = [...points.filter((p) => p.date)].sort((a, b) => a.date!.iso.localeCompare(b.date!.iso));
  const unknown = points.length - dated.length;
  const more = unknown > 0 ? `; ${unknown} of unknown date` : '';
  if (dated.length === 0) return undefined;
  const printed = (p: Pick<PositionPoint, 'date' | 'fromSource'>) =>
    `${p.fromSource ? 'printed ' : ''}${words(p.date!, false)}`;
  const [first, last] = [printed(dated[0]), printed(dated.at(-1)!)];
  return `${first === last ? first : `${first} to ${last}`}${more}`;
}

/** "The 24 quotes on record date from December 2019 to printed December 2023.": the span of a party's words. */
export function onRecordSentence(points: Pick<PositionPoint, 'date' | 'fromSource'>[]): string | undefined {
  const when = span(points);
  if (!when || points.length < 2) return undefined;
  return `The ${points.length} quotes on record date from ${when}.`;
}

/**
 * Where a party stood on a claim over time, in one or two plain sentences, saying where it
 * changed position. Only words that carry their own date place a change: words dated by the
 * source that prints them may be older, so they are counted apart, never made into a change.
 */
export function positionSentence(history: Pick<PositionHistory, 'points' | 'periods' | 'undatedWords'>): string {
  const { points, periods, undatedWords } = history;
  const stances = new Set(points.map((p) => p.stance));
  if (stances.size === 1) {
    const verb = capitalised(STANCE_PAST[points[0].stance]);
    const when = span(points);
    if (points.length === 1) return `${verb} this in its one quote on record (${when ?? 'date not known'}).`;
    const all = points.length === 2 ? 'both' : `all ${points.length}`;
    return `${verb} this in ${all} quotes on record (${when ?? 'dates not known'}), with no change of position.`;
  }
  if (periods.length === 0) {
    return `Its words on this carry no date of their own, so their order is not known: ${byStance(undatedWords)}.`;
  }
  const dated = periodsSentence(periods);
  return undatedWords.length === 0
    ? dated
    : `${dated} Words with no date of their own, which may be older: ${byStance(undatedWords)}.`;
}
