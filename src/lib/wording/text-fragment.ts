import { parseAlterations } from './alterations.ts';

/** How many words of a quote the link looks for: enough to be unique, short enough to match. */
const MAX_WORDS = 8;

/**
 * Percent-encodes a text directive term. Beyond what `encodeURIComponent` does, the spec
 * (WICG scroll-to-text-fragment) reserves `-` (prefix/suffix marker), `&` and `,`.
 */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * The words a link into the original looks for: the quote's opening words, taken from the
 * speaker's words before any editorial alteration (the publisher's "[e2e]" is not in every
 * copy), or from the first run of the speaker's words when the quote opens with one.
 */
export function fragmentWords(text: string): string | undefined {
  const run = parseAlterations(text).find((s) => s.kind === 'words' && /\p{L}/u.test(s.text));
  if (!run) return undefined;
  const words = run.text.trim().split(/\s+/).slice(0, MAX_WORDS);
  return words.join(' ').replace(/[\s,;:]+$/, '') || undefined;
}

/** The source's address with a `#:~:text=` fragment that scrolls to, and highlights, the quote. */
export function textFragmentUrl(sourceUrl: string, quoteText: string): string {
  const url = sourceUrl.replace(/#.*$/, '');
  const words = fragmentWords(quoteText);
  return words ? `${url}#:~:text=${encodeTextDirective(words)}` : url;
}
