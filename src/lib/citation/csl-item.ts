import type { PartialDate } from '../../schemas/partial-date.ts';
import type { Delivery } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import type { Stakeholder } from '../../schemas/stakeholder.ts';
import { DELIVERY_CITATION_GENRES } from './delivery-genre.ts';
import { kindLabel } from '../wording/kind-label.ts';
import { SITE_NAME } from '../wording/titles.ts';

/** A CSL-JSON item: the one description of a work that every citation format is made from. */
export interface CslItem {
  /** The citation key too (see citationKey): unique across the whole archive. */
  id: string;
  'citation-key'?: string;
  type: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  archive?: string;
  issued?: CslDate;
  'event-date'?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
}

export type CslName = { family: string; given?: string } | { literal: string };
export interface CslDate {
  'date-parts': [number[]];
}

/** `2021-04` → `{ 'date-parts': [[2021, 4]] }`: no more precision than is known. */
export function cslDate(date: PartialDate | undefined): CslDate | undefined {
  return date && { 'date-parts': [date.iso.split('-').map(Number)] };
}

/** A person cited by family and given name when the record gives them; anyone else by name. */
export function cslName(stakeholder: Stakeholder): CslName {
  const { familyName, givenName, name } = stakeholder;
  return familyName ? { family: familyName, ...(givenName ? { given: givenName } : {}) } : { literal: name };
}

/** What a quote citation is made from. */
export interface QuoteCitationInput {
  id: string;
  /** Words shown as the title: the quote, or its opening words. */
  title: string;
  speaker: Stakeholder;
  delivery: Delivery;
  /** When the words were said, when the record knows. */
  spoken?: PartialDate;
  source: Source;
  /** The archive's permanent URL of the quote page. */
  permalink: string;
  accessed: PartialDate;
}

/**
 * A quote as a CSL item: the speaker's words, published in the source (outlet and its date),
 * held by this archive at its permanent URL. `article-magazine` exports to RIS as MGZN and to
 * BibTeX as @article with the outlet as journal; `document` to @misc, and to RIS as a web page
 * (`ris-file.ts` says why).
 */
export function quoteCslItem(input: QuoteCitationInput): CslItem {
  return {
    id: input.id,
    'citation-key': input.id,
    type: input.source.kind === 'news-report' ? 'article-magazine' : 'document',
    title: input.title,
    author: [cslName(input.speaker)],
    'container-title': input.source.publication,
    genre: DELIVERY_CITATION_GENRES[input.delivery],
    issued: cslDate(input.source.published ?? input.spoken),
    ...(input.spoken ? { 'event-date': cslDate(input.spoken) } : {}),
    archive: SITE_NAME,
    URL: input.permalink,
    accessed: cslDate(input.accessed),
    language: input.source.language,
  };
}

/**
 * The title a citation gives a source that prints none: a description in square brackets, as
 * APA and MLA ask for an untitled work ("[Untitled news report]"), never a title made up.
 */
export function untitledSourceTitle(kind: Source['kind']): string {
  return `[Untitled ${kindLabel(kind)}]`;
}

/**
 * The CSL type of a source: a news report is a magazine article (its outlet the periodical), a
 * web page a `webpage` (APA then names the site without "In", Harvard sets the page's title in
 * italics; BibTeX @online; Zotero a Web Page), anything else a `document`. Speeches, letters and
 * reports stay documents: citation-js exports `speech` as a sound recording (RIS SOUND, BibTeX
 * @audio), `letter` prints no differently for these sources, and `report` would only drop the day
 * from APA's date and set Harvard's title in italics.
 */
function sourceCslType(kind: Source['kind']): string {
  if (kind === 'news-report') return 'article-magazine';
  return kind === 'web-page' ? 'webpage' : 'document';
}

/** A source as a CSL item: the document itself, at its own address. */
export function sourceCslItem(id: string, source: Source, accessed: PartialDate): CslItem {
  return {
    id,
    'citation-key': id,
    type: sourceCslType(source.kind),
    title: source.title ?? untitledSourceTitle(source.kind),
    ...(source.author ? { author: [{ literal: source.author }] } : {}),
    'container-title': source.publication,
    ...(source.publisher ? { publisher: source.publisher } : {}),
    issued: cslDate(source.published),
    ...(source.url ? { URL: source.url } : {}),
    accessed: cslDate(accessed),
    language: source.language,
  };
}

/** A page of the archive (a stakeholder's or a claim's) as a CSL item: a web page, no author. */
export function archivePageCslItem(id: string, title: string, permalink: string, accessed: PartialDate): CslItem {
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title,
    'container-title': SITE_NAME,
    URL: permalink,
    accessed: cslDate(accessed),
    language: 'en',
  };
}
