import { foldTypography, foldWord } from '../wording/typography.ts';

/**
 * Where a wording stands in a snapshot's paragraphs, as far as they can tell:
 * - `whole`: found whole, in these paragraphs (from 1); `endsAtCut` when it ends exactly where
 *   the text ends (for an excerpt, the page may go on inside the passage);
 * - `to-excerpt-end`: its opening words run to the very end of the text, which is cut inside it:
 *   `wordsChecked` of its `words` stand there (a word the cut splits is not counted);
 * - `differs`: it clearly stands in the text, but with a word (or a paragraph break) that differs;
 * - `absent`: no part of it can be told to stand in the text.
 */
export type ExcerptMatch =
  | { kind: 'whole'; paragraphs: number[]; endsAtCut: boolean }
  | { kind: 'to-excerpt-end'; paragraph: number; wordsChecked: number; words: number }
  | { kind: 'differs' }
  | { kind: 'absent' };

/**
 * Fewer whole words than this at the cut are not told apart from chance ("of the"): such a
 * wording counts as beyond the excerpt, not as checked.
 */
export const MIN_WORDS_AT_CUT = 3;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** True when the character before `at` does not belong to a word, so a wording may start there. */
function startsWord(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);
}

/**
 * The wording read against the end of the last paragraph: the longest tail of that paragraph,
 * starting at a word, that the wording opens with. The cut may fall inside a word ("the images
 * of chil" against "… of children …"); the words up to it must match in full, as characters
 * with typography folded, and whatever the wording says after it is unknown.
 */
function matchAtCut(folded: string, paragraphs: string[]): ExcerptMatch | undefined {
  const last = foldTypography(paragraphs.at(-1) ?? '');
  for (let at = 0; at < last.length; at++) {
    if (last[at] === ' ' || !startsWord(last, at)) continue;
    const tail = last.slice(at);
    if (tail.length >= folded.length || !folded.startsWith(tail)) continue;
    const tailWords = wordsOf(tail);
    const cutInsideWord = folded[tail.length] !== ' ';
    const wordsChecked = tailWords.length - (cutInsideWord ? 1 : 0);
    if (wordsChecked < MIN_WORDS_AT_CUT) return undefined;
    return { kind: 'to-excerpt-end', paragraph: paragraphs.length, wordsChecked, words: wordsOf(folded).length };
  }
  return undefined;
}

/**
 * Whether the wording clearly stands in one paragraph despite a difference: at some alignment
 * with that paragraph's words (typography folded; the alignment may run past the paragraph's
 * start or end), enough words match in place — four, or all but one of a shorter wording, never
 * fewer than two — and they are at least half of the wording's words that the alignment puts
 * inside the paragraph. The count tells the passage from chance; the half keeps a long wording
 * that merely shares a common phrase ("the images of children") with the excerpt from being
 * taken for a misquotation of it. The word the excerpt's cut splits ("chil") matches any word it
 * begins ("children"), so that a changed word just before the cut is still caught.
 */
function clearlyStandsIn(wording: string, paragraphs: string[]): boolean {
  const quoteWords = wordsOf(wording).map(foldWord);
  const needed = Math.max(2, Math.min(4, quoteWords.length - 1));
  return paragraphs.some((paragraph, index) => {
    const words = wordsOf(paragraph).map(foldWord);
    const cutWord = index === paragraphs.length - 1 ? words.length - 1 : -1;
    const same = (at: number, word: string) => words[at] === word || (at === cutWord && word.startsWith(words[at]));
    for (let at = -quoteWords.length + 1; at < words.length; at++) {
      let inside = 0;
      let matched = 0;
      quoteWords.forEach((word, i) => {
        if (at + i < 0 || at + i >= words.length) return;
        inside++;
        if (same(at + i, word)) matched++;
      });
      if (matched >= needed && matched * 2 >= inside) return true;
    }
    return false;
  });
}

/**
 * Where a wording stands in a snapshot's paragraphs. For a whole text (`excerpt` false) a wording
 * is either found whole or differs. For an opening excerpt, a wording may also be cut off by the
 * excerpt's end (checked as far as it goes) or lie beyond it (unknown); it differs only when it
 * clearly stands in the excerpt with a word that is not the source's.
 */
export function matchWording(wording: string, paragraphs: string[], excerpt: boolean): ExcerptMatch {
  const folded = foldTypography(wording);
  const found = paragraphs.flatMap((p, i) => (foldTypography(p).includes(folded) ? [i + 1] : []));
  if (found.length > 0) {
    const endsAtCut = found.at(-1) === paragraphs.length && foldTypography(paragraphs.at(-1)!).endsWith(folded);
    return { kind: 'whole', paragraphs: found, endsAtCut };
  }
  if (!excerpt) return { kind: 'differs' };
  return (
    matchAtCut(folded, paragraphs) ?? (clearlyStandsIn(wording, paragraphs) ? { kind: 'differs' } : { kind: 'absent' })
  );
}
