import type { Claim } from '../../schemas/claim.ts';
import type { RecordEvent } from '../../schemas/event.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { isFinding, type Quote, type Stance } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import type { Stakeholder } from '../../schemas/stakeholder.ts';
import type { Entry, Position, RecordInput } from './record-types.ts';
import { listAliases } from '../validation/aliases.ts';
import { withdrawnApart } from './on-record.ts';

export type { Position };

/** Where one stakeholder stands on one claim, and the quotes that show it. */
export interface StanceOnClaim {
  stakeholder: Entry<Stakeholder>;
  claim: Entry<Claim>;
  position: Position;
  quotes: { quote: Entry<Quote>; stance: Stance }[];
}

/** The date a quote is shown and sorted by: its own, else its source's (flagged as such). */
export interface QuoteDate {
  date: PartialDate | undefined;
  fromSource: boolean;
}

/** Reduces the stances of several quotes to one position. */
export function positionOf(stances: Stance[]): Position {
  return stances.every((s) => s === stances[0]) ? stances[0] : 'mixed';
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function byIdMap<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Sort key for a possibly partial date: unknown dates sort first (oldest). */
export function dateSortKey(date: PartialDate | undefined): string {
  return date?.iso ?? '';
}

/**
 * Where each party stands on each claim, from the quotes of parties given (never findings): a
 * quote counts for its speaker and for whoever it was given on behalf of. The record collects
 * them over every quote; an event's page over the quotes of that event alone.
 */
export function collectStances(
  positionQuotes: Entry<Quote>[],
  stakeholder: (id: string) => Entry<Stakeholder>,
  claim: (id: string) => Entry<Claim>,
): StanceOnClaim[] {
  const byParty = groupBy(positionQuotes, (q) =>
    [q.data.speaker.id, q.data.onBehalfOf?.id].filter((id): id is string => Boolean(id)),
  );
  const stances: StanceOnClaim[] = [];
  for (const [stakeholderId, quotes] of byParty) {
    const byClaim = new Map<string, StanceOnClaim['quotes']>();
    for (const quote of quotes) {
      for (const { claim, stance } of quote.data.claims) {
        const evidence = byClaim.get(claim.id);
        if (evidence) evidence.push({ quote, stance });
        else byClaim.set(claim.id, [{ quote, stance }]);
      }
    }
    for (const [claimId, evidence] of byClaim) {
      stances.push({
        stakeholder: stakeholder(stakeholderId),
        claim: claim(claimId),
        position: positionOf(evidence.map((e) => e.stance)),
        quotes: evidence,
      });
    }
  }
  return stances;
}

/**
 * The record with every cross-collection relation computed once: who said what, on which
 * claim, from which source. Throws a ContentError naming each broken file and field.
 */
export function buildRecord(input: RecordInput) {
  const sources = byIdMap(input.sources);
  const stakeholders = byIdMap(input.stakeholders);
  const claims = byIdMap(input.claims);
  const events = byIdMap(input.events);
  const quotes = byIdMap(input.quotes);
  const get = <T>(map: Map<string, Entry<T>>, id: string): Entry<T> => map.get(id)!;

  const quoteDate = (quote: Entry<Quote>): QuoteDate =>
    quote.data.date
      ? { date: quote.data.date, fromSource: false }
      : { date: get(sources, quote.data.source.id).data.published, fromSource: true };

  // A withdrawn quote keeps its page (quote(id) finds it) but is on record nowhere else: every
  // list, position and count below is built from the quotes still on record.
  const { onRecord, withdrawn } = withdrawnApart(input.quotes);
  const quotesNewestFirst = onRecord.sort(
    (a, b) => dateSortKey(quoteDate(b).date).localeCompare(dateSortKey(quoteDate(a).date)) || a.id.localeCompare(b.id),
  );
  const withdrawnNewestFirst = withdrawn.sort(
    (a, b) => b.data.withdrawn!.date.iso.localeCompare(a.data.withdrawn!.date.iso) || a.id.localeCompare(b.id),
  );

  // A quote given on behalf of an organisation is on record for the organisation too.
  const parties = (q: Entry<Quote>) =>
    [q.data.speaker.id, q.data.onBehalfOf?.id].filter((id): id is string => Boolean(id));
  const claimIds = (q: Entry<Quote>) => q.data.claims.map((c) => c.claim.id);
  const quotesByStakeholder = groupBy(quotesNewestFirst, parties);
  const quotesByClaim = groupBy(quotesNewestFirst, claimIds);
  // A feed that carried a quote says when it is withdrawn (src/lib/open-data/quote-feed.ts).
  const withdrawnByStakeholder = groupBy(withdrawnNewestFirst, parties);
  const withdrawnByClaim = groupBy(withdrawnNewestFirst, claimIds);
  // A poll or study finding is evidence about a claim, not a position taken on it: stances,
  // the other side and everything built on them count only the quotes of parties.
  const positionQuotes = quotesNewestFirst.filter((q) => !isFinding(q.data.delivery));
  const findings = quotesNewestFirst.filter((q) => isFinding(q.data.delivery));
  const findingsByClaim = groupBy(findings, claimIds);
  // Who ran a finding (its speaker) and who released it are both on record for it.
  const findingsByStakeholder = groupBy(findings, (q) => [
    ...parties(q),
    ...(q.data.releasedBy ? [q.data.releasedBy.id] : []),
  ]);
  // Slugs hold no spaces, so "claim stance" is an unambiguous key.
  const quotesByClaimStance = groupBy(positionQuotes, (q) => q.data.claims.map((c) => `${c.claim.id} ${c.stance}`));
  const quotesBySource = groupBy(quotesNewestFirst, (q) => [q.data.source.id]);
  const quotesByEvent = groupBy(quotesNewestFirst, (q) => (q.data.event ? [q.data.event.id] : []));
  const deliveredVersions = groupBy(quotesNewestFirst, (q) => (q.data.prepared ? [q.data.prepared.quote.id] : []));
  const members = groupBy(input.stakeholders, (s) => (s.data.affiliation ? [s.data.affiliation.id] : []));

  const stances = collectStances(
    positionQuotes,
    (id) => get(stakeholders, id),
    (id) => get(claims, id),
  );
  const stancesByStakeholder = groupBy(stances, (s) => [s.stakeholder.id]);
  const stancesByClaim = groupBy(stances, (s) => [s.claim.id]);

  /** How contested a claim is: distinct positions first, then how many parties speak to it. */
  const contestScore = (claimId: string) => {
    const on = stancesByClaim.get(claimId) ?? [];
    return new Set(on.map((s) => s.position)).size * 1000 + on.length;
  };
  // Scored once, not inside the sort's comparator, and sorted once per build.
  let claimsByContest: Entry<Claim>[] | undefined;
  const sortClaimsByContest = () => {
    const score = new Map(input.claims.map((c) => [c.id, contestScore(c.id)]));
    return [...input.claims].sort((a, b) => score.get(b.id)! - score.get(a.id)! || a.id.localeCompare(b.id));
  };

  return {
    sources: input.sources,
    stakeholders: input.stakeholders,
    claims: input.claims,
    /** The quotes on record, newest first: every quote but the withdrawn ones. */
    quotes: quotesNewestFirst,
    /** Quotes taken off the record, most recently withdrawn first; each keeps its page. */
    withdrawnQuotes: withdrawnNewestFirst,
    /** Every quote that has a page and citations: those on record, then the withdrawn. */
    everyQuote: [...quotesNewestFirst, ...withdrawnNewestFirst],
    events: input.events,
    /** Former ids that redirect to renamed entries. */
    aliases: listAliases(input),
    source: (id: string) => get(sources, id),
    stakeholder: (id: string) => get(stakeholders, id),
    claim: (id: string) => get(claims, id),
    /** Any quote by id, withdrawn or not. */
    quote: (id: string) => get(quotes, id),
    event: (id: string) => get(events, id) as Entry<RecordEvent>,
    quoteDate,
    /** The role the words were given in: the quote's own, else the one its speaker held throughout. */
    quoteRole: (quote: Entry<Quote>): string | undefined =>
      quote.data.role ?? get(stakeholders, quote.data.speaker.id).data.role,
    /** Quotes spoken by a stakeholder or on its behalf, newest first. */
    quotesBy: (stakeholderId: string) => quotesByStakeholder.get(stakeholderId) ?? [],
    /** Every quote on a claim, positions and findings alike, newest first. */
    quotesOn: (claimId: string) => quotesByClaim.get(claimId) ?? [],
    /** Poll and study findings bearing on a claim (evidence, not positions), newest first. */
    findingsOn: (claimId: string) => findingsByClaim.get(claimId) ?? [],
    /** Findings a stakeholder ran or released, newest first. */
    findingsBy: (stakeholderId: string) => findingsByStakeholder.get(stakeholderId) ?? [],
    /** Quotes of parties (not findings) taking one stance on a claim, newest first. */
    quotesTaking: (claimId: string, stance: Stance) => quotesByClaimStance.get(`${claimId} ${stance}`) ?? [],
    quotesFrom: (sourceId: string) => quotesBySource.get(sourceId) ?? [],
    /** Withdrawn quotes spoken by a stakeholder or on its behalf, most recently withdrawn first. */
    withdrawnBy: (stakeholderId: string) => withdrawnByStakeholder.get(stakeholderId) ?? [],
    /** Withdrawn quotes that spoke to a claim, most recently withdrawn first. */
    withdrawnOn: (claimId: string) => withdrawnByClaim.get(claimId) ?? [],
    quotesAt: (eventId: string) => quotesByEvent.get(eventId) ?? [],
    /** Delivered quotes that give a version of a prepared quote, newest first. */
    deliveredVersionsOf: (preparedId: string) => deliveredVersions.get(preparedId) ?? [],
    membersOf: (stakeholderId: string) => members.get(stakeholderId) ?? [],
    stancesOf: (stakeholderId: string) => stancesByStakeholder.get(stakeholderId) ?? [],
    stancesOn: (claimId: string) => stancesByClaim.get(claimId) ?? [],
    /** Claims ordered from the most argued over to the least. */
    claimsByContest: () => [...(claimsByContest ??= sortClaimsByContest())],
  };
}

export type ArchiveRecord = ReturnType<typeof buildRecord>;
export type { Entry, Source, Stakeholder, Claim, Quote, RecordEvent };
