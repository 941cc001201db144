/**
 * Typography a quotation may differ in from its source without being misquoted: quotation
 * mark and apostrophe forms, dash forms, the ellipsis as one character or three dots, and
 * white space (the E&T snapshot has no-break spaces where a reader sees plain ones).
 */
const FOLDS: [RegExp, string][] = [
  [/[‘’‚‛′`]/g, "'"],
  [/[“”„‟″]/g, '"'],
  [/[‐‑‒–—―−]/g, '-'],
  [/\.\.\./g, '…'],
  [/\s+/g, ' '],
];

/** The text with typography folded to one form each, for comparison only, never for display. */
export function foldTypography(text: string): string {
  return FOLDS.reduce((s, [from, to]) => s.replace(from, to), text).trim();
}

/** A word folded for comparison, with quotation marks at its edges left off. */
export function foldWord(word: string): string {
  return foldTypography(word).replace(/^['"]+|['"]+$/g, '');
}
