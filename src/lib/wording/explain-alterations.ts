import { parseAlterations } from './alterations.ts';
import { diffWording, wordingInPlaceOf } from './word-diff.ts';

/** Another source's wording of the same words, under the name readers know it by. */
export interface NamedWording {
  sourceName: string;
  text: string;
}

/** One editorial alteration in a quotation, and what other sources print in its place. */
export interface ExplainedAlteration {
  kind: 'insertion' | 'elision';
  /** The alteration as printed, e.g. "[e2e]". */
  text: string;
  /** Each different wording other sources print in its place, with the sources that print it. */
  elsewhere: { wording: string; sourceNames: string[] }[];
}

/**
 * Every alteration in a quotation, in order, each with the wording that other sources print
 * where it stands: where a variant has "end-to-end" in place of "[e2e]", the reader can see
 * the words the editor replaced.
 */
export function explainAlterations(text: string, variants: NamedWording[]): ExplainedAlteration[] {
  const diffs = variants.map((v) => ({ sourceName: v.sourceName, parts: diffWording(text, v.text) }));
  const explained: ExplainedAlteration[] = [];
  let at = 0;
  for (const segment of parseAlterations(text)) {
    const from = at;
    at += segment.text.length;
    if (segment.kind === 'words') continue;
    const elsewhere = new Map<string, string[]>();
    for (const { sourceName, parts } of diffs) {
      const wording = wordingInPlaceOf(parts, from, at);
      if (wording) elsewhere.set(wording, [...(elsewhere.get(wording) ?? []), sourceName]);
    }
    explained.push({
      kind: segment.kind,
      text: segment.text,
      elsewhere: [...elsewhere].map(([wording, sourceNames]) => ({ wording, sourceNames })),
    });
  }
  return explained;
}
