import { foldWord } from '../wording/typography.ts';

/** Where a quotation comes nearest to a snapshot, and the first word where it departs. */
export interface ClosestPassage {
  /** Paragraph of the snapshot (from 1) the passage stands in. */
  paragraph: number;
  /** The snapshot's words over the length of the quote, as printed. */
  passage: string;
  /** Position (from 1) of the first word of the quote that differs. */
  wordNumber: number;
  /** That word as the quote has it, or undefined when the quote runs on past the passage. */
  quoteWord: string | undefined;
  /** The word the snapshot has there, or undefined when the paragraph ends first. */
  snapshotWord: string | undefined;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The passage of the snapshot that shares the most words, in place, with the quote, tried at
 * every alignment in every paragraph (including ones that run over a paragraph's edge), so
 * that a changed word, or a quote cut a word too early, still finds the passage meant.
 */
export function findClosestPassage(quote: string, paragraphs: string[]): ClosestPassage | undefined {
  const quoteWords = wordsOf(quote);
  const folded = quoteWords.map(foldWord);
  let best: { score: number; paragraph: number; start: number } | undefined;
  paragraphs.forEach((text, index) => {
    const words = wordsOf(text).map(foldWord);
    for (let at = -folded.length + 1; at < words.length; at++) {
      let score = 0;
      for (let i = 0; i < folded.length; i++) if (words[at + i] === folded[i]) score++;
      if (!best || score > best.score) best = { score, paragraph: index + 1, start: at };
    }
  });
  if (!best || best.score === 0) return undefined;
  const { paragraph, start: at } = best;
  const original = wordsOf(paragraphs[paragraph - 1]);
  let differs = 0;
  while (differs < folded.length && foldWord(original[at + differs] ?? '') === folded[differs]) differs++;
  return {
    paragraph,
    passage: original.slice(Math.max(0, at), at + quoteWords.length).join(' '),
    wordNumber: differs + 1,
    quoteWord: quoteWords[differs],
    snapshotWord: original[at + differs],
  };
}
