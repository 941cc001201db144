import { diffArrays } from 'diff';

/** A stretch two wordings share, or a place where they differ: `before` in one, `after` in the other. */
export type WordingPart = { kind: 'same'; text: string } | { kind: 'changed'; before: string; after: string };

/** Words, runs of white space and single marks, so that a comma or a bracket counts on its own. */
function tokensOf(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/**
 * Compares two wordings of the same words, word by word. Joining the `same` texts and each
 * `before` gives the first wording back exactly; joining `same` and each `after`, the second.
 */
export function diffWording(before: string, after: string): WordingPart[] {
  const parts: WordingPart[] = [];
  for (const change of diffArrays(tokensOf(before), tokensOf(after))) {
    const text = change.value.join('');
    const last = parts.at(-1);
    if (!change.added && !change.removed) parts.push({ kind: 'same', text });
    else if (last?.kind === 'changed') {
      if (change.added) last.after += text;
      else last.before += text;
    } else parts.push({ kind: 'changed', before: change.removed ? text : '', after: change.added ? text : '' });
  }
  return parts;
}

/** Whether two wordings differ at all. */
export function wordingsDiffer(parts: WordingPart[]): boolean {
  return parts.some((p) => p.kind === 'changed');
}

/**
 * What the second wording has in place of the characters `from`–`to` of the first (e.g. an
 * editor's "[e2e]"), when a change covers exactly that stretch; undefined otherwise.
 */
export function wordingInPlaceOf(parts: WordingPart[], from: number, to: number): string | undefined {
  let at = 0;
  for (const part of parts) {
    const length = part.kind === 'same' ? part.text.length : part.before.length;
    if (part.kind === 'changed' && at <= from && at + length >= to && length > 0) {
      const lead = part.before.slice(0, from - at);
      const tail = part.before.slice(to - at);
      if (part.after.startsWith(lead) && part.after.endsWith(tail)) {
        return part.after.slice(lead.length, part.after.length - tail.length).trim() || undefined;
      }
    }
    at += length;
  }
  return undefined;
}
