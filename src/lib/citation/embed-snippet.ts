import { escapeHtml } from '../wording/escape-html.ts';

/**
 * The HTML a journalist or blogger pastes into their own page to quote the archive: the words in
 * a `<blockquote cite>`, who said them, when and how, the source, and the permanent link. No
 * script, no style, no image: it loads nothing, and reads the same in a page with no stylesheet.
 */

/** What an embedded quote says. */
export interface EmbedInput {
  /** The words exactly as on record. */
  text: string;
  /** True for the speaker's own words; false for a source's summary (a paraphrase, a finding). */
  ownWords: boolean;
  speaker: string;
  /** The speaker's role as of the words, when the record gives one. */
  role?: string;
  /** The date as the page shows it ("19 April 2021", "April 2021"). */
  date: string;
  /** How the words were delivered, as the page names it. */
  delivery: string;
  /** The source's name as the page gives it, and its outlet. */
  source: string;
  /** The quote's permanent URL. */
  permalink: string;
}

/** The snippet, one element per line so that it reads in a text box and pastes cleanly. */
export function embedSnippet(input: EmbedInput): string {
  const link = escapeHtml(input.permalink);
  const who = escapeHtml(input.role ? `${input.speaker}, ${input.role}` : input.speaker);
  const words = input.ownWords
    ? `<blockquote cite="${link}"><p>${escapeHtml(input.text)}</p></blockquote>`
    : `<p>${escapeHtml(input.text)}</p>`;
  const caption = input.ownWords ? `— ${who}` : `Reported position of ${who}`;
  return [
    '<figure>',
    `  ${words}`,
    `  <figcaption>${caption}, ${escapeHtml(input.date)}. ${escapeHtml(input.delivery)}. Source: ${escapeHtml(input.source)}. On record at <a href="${link}">${link}</a></figcaption>`,
    '</figure>',
  ].join('\n');
}
