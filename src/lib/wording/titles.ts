import type { Source } from '../../schemas/source.ts';
import { kindLabel } from './kind-label.ts';

/**
 * Every title the archive gives a page or an entry, in one place: the site's name, and what a
 * quote, claim, stakeholder, event or source is called on its page, in lists, feeds, search
 * results and citations.
 */

/** The archive's name: the site's title, the publisher in page metadata, the archive in citations. */
export const SITE_NAME = 'On the Record';

/** The opening words of a quotation, cut at a word boundary, for titles and headings. */
export function openingWords(text: string, maxLength = 60): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return cut.slice(0, lastSpace > maxLength / 2 ? lastSpace : maxLength).replace(/[\s,;:–—-]+$/, '') + '…';
}

/** The title a quote is cited by, in its citations and its page's tags: its opening words (the speaker is its author). */
export function quoteCitationTitle(text: string): string {
  return openingWords(text, 100);
}

/** "Priti Patel: “Sadly at a time when…”" for own words; "Priti Patel (reported): …" otherwise. */
export function quoteTitle(speaker: string, text: string, ownWords: boolean): string {
  return ownWords ? `${speaker}: “${openingWords(text)}”` : `${speaker}, as reported: ${openingWords(text)}`;
}

/** One sentence for search results and link previews, unique to the quote: who, when, where, and its opening words. */
export function quoteDescription(quote: {
  speaker: string;
  date: string;
  source: string;
  text: string;
  ownWords: boolean;
}): string {
  const opening = openingWords(quote.text, 120);
  return quote.ownWords
    ? `Quotation of ${quote.speaker}, ${quote.date}, from ${quote.source}: “${opening}”`
    : `Reported position of ${quote.speaker}, ${quote.date}, from ${quote.source}: ${opening}`;
}

/** A claim's page title: "Claim: End-to-end encryption keeps people safe…". */
export function claimTitle(statement: string): string {
  return `Claim: ${statement}`;
}

/** A stakeholder's page title: "Priti Patel: quotes and positions". */
export function stakeholderTitle(name: string): string {
  return `${name}: quotes and positions`;
}

/**
 * What a source is called on its page and in lists: its title, or, when none is on record, what
 * it is and whose ("NSPCC statement (title not recorded)"), never a title made up.
 */
export function sourceName(source: Pick<Source, 'title' | 'publication' | 'kind'>): string {
  return source.title ?? `${source.publication} ${kindLabel(source.kind)} (title not recorded)`;
}
