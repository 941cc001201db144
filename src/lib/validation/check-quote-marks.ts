/** Marks that open and close in pairs inside a quotation. Single curly quotes are left out: ’ is also the apostrophe. */
const PAIRS: Record<string, string> = { '[': ']', '(': ')', '“': '”' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** A few words after an opening mark (or before a closing one), to show the curator where it is. */
function wordsAfter(text: string, index: number): string {
  const words = text
    .slice(index + 1)
    .trim()
    .split(/\s+/);
  return `“${words.slice(0, 5).join(' ')}${words.length > 5 ? '…' : ''}”`;
}

function wordsBefore(text: string, index: number): string {
  const words = text.slice(0, index).trim().split(/\s+/);
  return `“${words.length > 5 ? '…' : ''}${words.slice(-5).join(' ')}”`;
}

/**
 * Finds brackets and quotation marks in a quotation that do not pair up, which usually means
 * words were cut at the wrong place. Returns one message per unpaired mark, with how to fix it.
 */
export function findUnbalancedMarks(text: string): string[] {
  const open: { mark: string; index: number }[] = [];
  const problems: string[] = [];
  let straight: number | undefined;
  [...text].forEach((char, index) => {
    if (char === '"') {
      straight = straight === undefined ? index : undefined;
    } else if (char in PAIRS) {
      open.push({ mark: char, index });
    } else if (CLOSERS.has(char)) {
      if (open.at(-1)?.mark === CLOSERS.get(char)) open.pop();
      else
        problems.push(
          `the closing ${char} after ${wordsBefore(text, index)} has no opening ${CLOSERS.get(char)}: add it, or remove this one if the source does not print it`,
        );
    }
  });
  for (const { mark, index } of open) {
    problems.push(
      `the opening ${mark} before ${wordsAfter(text, index)} is never closed with ${PAIRS[mark]}: close it where the source does, or remove it`,
    );
  }
  if (straight !== undefined) {
    problems.push(
      `the quotation mark " before ${wordsAfter(text, straight)} is never closed: close it where the source does, or remove it`,
    );
  }
  return problems;
}
