/** One passage a text prints in quotation marks. */
export interface QuotedPassage {
  /** The words inside the marks, exactly as printed (the marks themselves left off). */
  passage: string;
  /** The line of the file it stands on, counting every line from 1. */
  line: number;
  /**
   * How it ends: `closed` by its closing mark; `paragraph-end` when its paragraph ends first (a
   * quotation that goes on into the next paragraph, which opens with a mark of its own); `cut`
   * when the text itself ends inside it (an excerpt cut off by the archive).
   */
  end: 'closed' | 'paragraph-end' | 'cut';
}

const LETTER = /[\p{L}\p{N}]/u;
/** What may stand before an opening mark: nothing, a space, or an opening bracket or dash. */
const BEFORE_OPENING = /[\s([{—–-]/;

/**
 * Reads one line. Double marks: “ opens, ” closes; a straight " opens where a word may start
 * (after a space or at the line's start) and closes elsewhere; dpa's copy closes with two right
 * single marks (’’). Single marks (‘ ’ and ') are also apostrophes (law enforcement's,
 * children’s, firms’ interests), so one opens a passage only where a word may start and is
 * followed by a letter, and closes one only where it is not followed by a letter. Inside a
 * passage, marks of the other kind are the speaker's own quotation or apostrophes, and belong
 * to the passage.
 */
function passagesOfLine(text: string, line: number, last: boolean): QuotedPassage[] {
  const found: QuotedPassage[] = [];
  let open: { kind: 'double' | 'single'; from: number } | undefined;
  const close = (to: number, end: QuotedPassage['end']) => {
    const passage = text.slice(open!.from, to);
    if (passage.trim()) found.push({ passage: end === 'closed' ? passage : passage.trimEnd(), line, end });
    open = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = i === 0 ? ' ' : text[i - 1];
    const after = text[i + 1] ?? ' ';
    const mayOpen = BEFORE_OPENING.test(before) && !/\s/.test(after);
    if (open?.kind === 'double') {
      if (c === '”' || (c === '"' && !mayOpen)) close(i, 'closed');
      else if (c === '’' && after === '’') {
        close(i, 'closed');
        i++;
      }
    } else if (open?.kind === 'single') {
      if ((c === '’' || c === "'") && !LETTER.test(after) && !/\s/.test(before)) close(i, 'closed');
    } else if (c === '“' || (c === '"' && mayOpen)) {
      open = { kind: 'double', from: i + 1 };
    } else if ((c === '‘' || c === "'") && mayOpen && LETTER.test(after)) {
      open = { kind: 'single', from: i + 1 };
    }
  }
  if (open) close(text.length, last ? 'cut' : 'paragraph-end');
  return found;
}

/**
 * Every passage a plain-text snapshot prints in quotation marks, in order. A passage ends at
 * its closing mark or at the end of its paragraph (one line); a passage open at the very end
 * of the text was cut off there and runs to the end.
 */
export function findQuotedPassages(snapshot: string): QuotedPassage[] {
  const lines = snapshot.split(/\r?\n/);
  let lastLine = lines.length - 1;
  while (lastLine > 0 && !lines[lastLine].trim()) lastLine--;
  return lines.flatMap((text, index) => passagesOfLine(text, index + 1, index === lastLine));
}
