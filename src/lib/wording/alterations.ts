/**
 * A quotation split into the speaker's words and the editor's alterations: a bracketed
 * insertion or substitution such as "[e2e]", or an elision ("…", "[…]", "...").
 */
export type QuoteSegment =
  { kind: 'words'; text: string } | { kind: 'insertion'; text: string } | { kind: 'elision'; text: string };

const ALTERATION = /\[(?:…|\.\.\.)\]|…|\.\.\.|\[[^\]]*\]/g;

/** Splits quote text into words and alterations; joining every `text` gives the input back. */
export function parseAlterations(text: string): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(ALTERATION)) {
    if (match.index > last) segments.push({ kind: 'words', text: text.slice(last, match.index) });
    const kind = /^\[[^….]/.test(match[0]) ? 'insertion' : 'elision';
    segments.push({ kind, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'words', text: text.slice(last) });
  return segments;
}
