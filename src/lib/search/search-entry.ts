import type { PartialDate } from '../../schemas/partial-date.ts';
import { isFinding } from '../../schemas/delivery.ts';
import { formatPartialDate } from '../wording/format-date.ts';
import { DELIVERY_LABELS, isSpeakersOwnWords } from '../wording/delivery-labels.ts';
import { POSITION_LABELS } from '../wording/stance-labels.ts';
import { claimTitle, quoteTitle, sourceName } from '../wording/titles.ts';
import type { ArchiveRecord, Entry, Quote, Stakeholder } from '../record/record.ts';

/** The facets a reader can filter search results by; the keys are also the URL parameters. */
export const SEARCH_FILTERS = [
  'kind',
  'speaker',
  'organisation',
  'claim',
  'stance',
  'delivery',
  'source',
  'year',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The kinds of page the index holds, with the name each is shown under. */
export const PAGE_KINDS = {
  quote: 'Quote',
  claim: 'Claim',
  stakeholder: 'Stakeholder',
  source: 'Source',
  event: 'Event',
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** One value of a facet: `label` is what the index holds and readers see, `slug` goes in URLs. */
export interface FacetValue {
  slug: string;
  label: string;
}

/** What the search index records about one page, besides its words. */
export interface SearchEntry {
  /** Shown with each result: title, kind, and for quotes speaker, date and delivery. */
  meta: Record<string, string>;
  /** Facet values the page is found under. */
  filters: Partial<Record<SearchFilter, FacetValue[]>>;
  /** Sort keys; `date` is an ISO date, as precise as known (pages without one drop out of a date sort). */
  sort: { date?: string };
}

const ORGANISATION_KINDS: Stakeholder['kind'][] = ['organisation', 'government-body', 'company'];

function kindFacet(kind: PageKind): FacetValue {
  return { slug: kind, label: PAGE_KINDS[kind] };
}

function dated(entry: SearchEntry, date: PartialDate | undefined): SearchEntry {
  if (!date) return entry;
  return {
    meta: { ...entry.meta, date: formatPartialDate(date) },
    filters: { ...entry.filters, year: [{ slug: date.iso.slice(0, 4), label: date.iso.slice(0, 4) }] },
    sort: { date: date.iso },
  };
}

function stakeholderFacet(stakeholder: Entry<Stakeholder>): FacetValue {
  return { slug: stakeholder.id, label: stakeholder.data.name };
}

/** The organisations a quote speaks for: the one named, the speaker's own, or the speaker itself. */
function organisationsOf(record: ArchiveRecord, quote: Entry<Quote>): Entry<Stakeholder>[] {
  const speaker = record.stakeholder(quote.data.speaker.id);
  const ids = [
    quote.data.onBehalfOf?.id,
    speaker.data.affiliation?.id,
    ORGANISATION_KINDS.includes(speaker.data.kind) ? speaker.id : undefined,
  ].filter((id): id is string => Boolean(id));
  return [...new Set(ids)].map((id) => record.stakeholder(id));
}

/** The search record of a quote page: who, when, how delivered, from where, on which claims. */
export function quoteSearchEntry(record: ArchiveRecord, quote: Entry<Quote>): SearchEntry {
  const speaker = record.stakeholder(quote.data.speaker.id);
  const source = record.source(quote.data.source.id);
  const delivery = DELIVERY_LABELS[quote.data.delivery].label;
  // A finding is evidence about a claim, not a stance taken on it: it is found under its claims only.
  const stances = isFinding(quote.data.delivery) ? [] : [...new Set(quote.data.claims.map((c) => c.stance))];
  return dated(
    {
      meta: {
        title: quoteTitle(speaker.data.name, quote.data.text, isSpeakersOwnWords(quote.data.delivery)),
        kind: PAGE_KINDS.quote,
        speaker: speaker.data.name,
        delivery,
      },
      filters: {
        kind: [kindFacet('quote')],
        speaker: [stakeholderFacet(speaker)],
        organisation: organisationsOf(record, quote).map(stakeholderFacet),
        claim: quote.data.claims.map(({ claim }) => ({
          slug: claim.id,
          label: record.claim(claim.id).data.statement,
        })),
        stance: stances.map((s) => ({ slug: s, label: POSITION_LABELS[s].label })),
        delivery: [{ slug: quote.data.delivery, label: delivery }],
        source: [{ slug: source.id, label: sourceName(source.data) }],
      },
      sort: {},
    },
    record.quoteDate(quote).date,
  );
}

/** The search record of a claim page. */
export function claimSearchEntry(record: ArchiveRecord, claimId: string): SearchEntry {
  const claim = record.claim(claimId);
  return {
    meta: { title: claimTitle(claim.data.statement), kind: PAGE_KINDS.claim },
    filters: { kind: [kindFacet('claim')], claim: [{ slug: claim.id, label: claim.data.statement }] },
    sort: {},
  };
}

/** The search record of a stakeholder page: found under its own name and its organisation. */
export function stakeholderSearchEntry(record: ArchiveRecord, stakeholderId: string): SearchEntry {
  const stakeholder = record.stakeholder(stakeholderId);
  const affiliation = stakeholder.data.affiliation && record.stakeholder(stakeholder.data.affiliation.id);
  const organisation = ORGANISATION_KINDS.includes(stakeholder.data.kind) ? stakeholder : affiliation;
  return {
    meta: { title: stakeholder.data.name, kind: PAGE_KINDS.stakeholder },
    filters: {
      kind: [kindFacet('stakeholder')],
      speaker: [stakeholderFacet(stakeholder)],
      ...(organisation ? { organisation: [stakeholderFacet(organisation)] } : {}),
    },
    sort: {},
  };
}

/** The search record of a source page. */
export function sourceSearchEntry(record: ArchiveRecord, sourceId: string): SearchEntry {
  const source = record.source(sourceId);
  const name = sourceName(source.data);
  return dated(
    {
      meta: { title: `Source: ${name}`, kind: PAGE_KINDS.source },
      filters: { kind: [kindFacet('source')], source: [{ slug: source.id, label: name }] },
      sort: {},
    },
    source.data.published,
  );
}

/** The search record of an event page. */
export function eventSearchEntry(record: ArchiveRecord, eventId: string): SearchEntry {
  const event = record.event(eventId);
  return dated(
    {
      meta: { title: `Event: ${event.data.name}`, kind: PAGE_KINDS.event },
      filters: { kind: [kindFacet('event')] },
      sort: {},
    },
    event.data.date,
  );
}
