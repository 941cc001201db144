import { SITE_NAME, claimTitle, quoteCitationTitle, sourceName } from '../wording/titles.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { cslName } from '../citation/csl-item.ts';
import type { Claim, Entry, Quote, Source, Stakeholder } from '../record/record.ts';

/** One `<meta>` element: `name` for Highwire and Dublin Core, `property` for OpenGraph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What a page says about itself to reference managers, search engines and link previews. */
export interface PageMetadata {
  tags: MetaTag[];
  /** A schema.org object, written once into the page as JSON-LD. */
  jsonLd?: Record<string, unknown>;
}

/** Highwire dates are written with slashes and no more precision than known: 2021/04. */
function highwireDate(date: PartialDate): string {
  return date.iso.replace(/-/g, '/');
}

const name = (n: string, content: string): MetaTag => ({ name: n, content });
const property = (p: string, content: string): MetaTag => ({ property: p, content });

/** Tags every page carries: its title, summary and address for link previews and Dublin Core. */
export function basicMetaTags(title: string, description: string, url: string | undefined): MetaTag[] {
  // A page with no address of its own (the 404 page, served at any missing URL) names none.
  return [
    property('og:site_name', SITE_NAME),
    property('og:type', 'website'),
    property('og:title', title),
    property('og:description', description),
    ...(url ? [property('og:url', url)] : []),
    name('DC.title', title),
    name('DC.publisher', SITE_NAME),
    ...(url ? [name('DC.identifier', url)] : []),
    name('DC.language', 'en'),
  ];
}

/** A stakeholder as a schema.org Person or Organization. */
function agent(stakeholder: Stakeholder, url?: string): Record<string, unknown> {
  return {
    '@type': stakeholder.kind === 'person' ? 'Person' : 'Organization',
    name: stakeholder.name,
    ...(stakeholder.familyName ? { familyName: stakeholder.familyName } : {}),
    ...(stakeholder.givenName ? { givenName: stakeholder.givenName } : {}),
    ...(url ? { url } : {}),
  };
}

/**
 * The schema.org types of a source and of its outlet, where the record's kinds say them: a news
 * report in a periodical, a web page on a site; any other document is a CreativeWork in one.
 */
const SCHEMA_TYPES: Partial<Record<Source['kind'], { work: string; outlet: string }>> = {
  'news-report': { work: 'NewsArticle', outlet: 'Periodical' },
  'web-page': { work: 'WebPage', outlet: 'WebSite' },
};

/** A source as a schema.org work, named and dated as the record has it. */
function work(source: Source, url?: string): Record<string, unknown> {
  const types = SCHEMA_TYPES[source.kind] ?? { work: 'CreativeWork', outlet: 'CreativeWork' };
  return {
    '@type': types.work,
    // An untitled source is named by what the record calls it, and given no headline of its own.
    ...(source.title ? { name: source.title, headline: source.title } : { name: sourceName(source) }),
    ...(source.url ? { url: source.url } : {}),
    ...(url ? { sameAs: url } : {}),
    ...(source.published ? { datePublished: source.published.iso } : {}),
    // The record's author is a credit as printed ("Hannah Bowler", "EDRi", "Various"), not known
    // to be a person or an organisation: schema.org takes text where a type is not known.
    ...(source.author ? { author: source.author } : {}),
    publisher: { '@type': 'Organization', name: source.publisher ?? source.publication },
    isPartOf: { '@type': types.outlet, name: source.publication },
    inLanguage: source.language,
  };
}

/**
 * The speaker as a Highwire author, named as the quote's citations name them: "Family, Given",
 * or a name cited whole followed by a comma. Readers of these tags (Zotero's among them) split a
 * name without a comma into given and family names at its last space, which filed "UK
 * Government" under the family name "Government"; a name before a comma is a family name whole.
 */
function highwireAuthor(speaker: Stakeholder): string {
  const cited = cslName(speaker);
  if ('literal' in cited) return `${cited.literal},`;
  return cited.given ? `${cited.family}, ${cited.given}` : `${cited.family},`;
}

/** What a quote page says about the quote. */
export interface QuoteMetadataInput {
  quote: Entry<Quote>;
  /** The title the page gives the quote (speaker and opening words). */
  title: string;
  speaker: Entry<Stakeholder>;
  source: Entry<Source>;
  date: PartialDate | undefined;
  /** Permanent URLs of the quote, speaker and source pages. */
  urls: { quote: string; speaker: string; source: string };
}

/** Highwire `citation_*`, Dublin Core and OpenGraph tags, and a schema.org Quotation. */
export function quoteMetadata(input: QuoteMetadataInput): PageMetadata {
  const { quote, title, speaker, source, date, urls } = input;
  const text = quote.data.text;
  const tags: MetaTag[] = [
    // As the quote's citations title it: the page's own title begins with the speaker's name,
    // which reference managers then also took for a short title.
    name('citation_title', quoteCitationTitle(text)),
    name('citation_author', highwireAuthor(speaker.data)),
    ...(date ? [name('citation_publication_date', highwireDate(date))] : []),
    // The outlet that printed the words; without it, readers took DC.source's address for it.
    name('citation_journal_title', source.data.publication),
    name('citation_publisher', SITE_NAME),
    name('citation_public_url', urls.quote),
    name('citation_language', source.data.language),
    name('DC.creator', speaker.data.name),
    ...(date ? [name('DC.date', date.iso)] : []),
    name('DC.type', 'Text'),
    name('DC.source', source.data.url ?? urls.source),
    property('og:type', 'article'),
    property('og:description', text),
  ];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': urls.quote,
    url: urls.quote,
    name: title,
    text,
    creator: agent(speaker.data, urls.speaker),
    spokenByCharacter: agent(speaker.data, urls.speaker),
    ...(date ? { dateCreated: date.iso } : {}),
    isBasedOn: work(source.data, urls.source),
    inLanguage: source.data.language,
    // schema.org's status of a work, for a crawler that would otherwise take the words as on record.
    ...(quote.data.withdrawn ? { creativeWorkStatus: 'Withdrawn' } : {}),
  };
  return { tags, jsonLd };
}

/** A stakeholder page: a schema.org ProfilePage about a Person or an Organization. */
export function stakeholderMetadata(stakeholder: Stakeholder, url: string, title: string): PageMetadata {
  return {
    tags: [
      name('citation_title', title),
      name('citation_publisher', SITE_NAME),
      name('citation_public_url', url),
      property('og:type', stakeholder.kind === 'person' ? 'profile' : 'website'),
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url,
      name: title,
      mainEntity: {
        ...agent(stakeholder, url),
        description: stakeholder.summary,
        ...(stakeholder.role ? { jobTitle: stakeholder.role } : {}),
      },
    },
  };
}

/** A claim page: a schema.org Claim, with the quotes that speak to it as its appearances. */
export function claimMetadata(claim: Entry<Claim>, url: string, quoteUrls: string[]): PageMetadata {
  const title = claimTitle(claim.data.statement);
  return {
    tags: [name('citation_title', title), name('citation_publisher', SITE_NAME), name('citation_public_url', url)],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Claim',
      '@id': url,
      url,
      name: claim.data.statement,
      text: claim.data.statement,
      appearance: quoteUrls.map((u) => ({ '@type': 'Quotation', url: u })),
    },
  };
}

/** A source page: the document's own metadata, so a reference manager imports the document. */
export function sourceMetadata(source: Source, url: string): PageMetadata {
  return {
    tags: [
      ...(source.title ? [name('citation_title', source.title)] : []),
      ...(source.author ? [name('citation_author', source.author)] : []),
      ...(source.published ? [name('citation_publication_date', highwireDate(source.published))] : []),
      name('citation_journal_title', source.publication),
      ...(source.publisher ? [name('citation_publisher', source.publisher)] : []),
      ...(source.url ? [name('citation_fulltext_html_url', source.url)] : []),
      name('citation_language', source.language),
      ...(source.published ? [name('DC.date', source.published.iso)] : []),
      ...(source.url ? [name('DC.source', source.url)] : []),
    ],
    jsonLd: { '@context': 'https://schema.org', ...work(source, url) },
  };
}

/** The page's tags: its own, then every basic tag it did not set itself. */
export function mergeMetaTags(basic: MetaTag[], own: MetaTag[]): MetaTag[] {
  const key = (t: MetaTag) => ('name' in t ? `name:${t.name}` : `property:${t.property}`);
  const taken = new Set(own.map(key));
  return [...basic.filter((t) => !taken.has(key(t))), ...own];
}
