/**
 * The paragraphs of a plain-text snapshot as the record numbers them: its non-empty lines,
 * counting from 1 — after the headline (the first non-empty line) when the text opens with one,
 * from the first non-empty line when it does not (`headline: false`, e.g. a page that opens with
 * a photo caption or with its body text).
 */
export function paragraphsOf(snapshot: string, { headline = true }: { headline?: boolean } = {}): string[] {
  const lines = snapshot.split(/\r?\n/).filter((line) => line.trim().length > 0);
  return headline ? lines.slice(1) : lines;
}
