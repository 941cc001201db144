/**
 * The paragraphs of a plain-text snapshot as the record numbers them: every non-empty line
 * after the headline (the first non-empty line), counting from 1.
 */
export function paragraphsOf(snapshot: string): string[] {
  const lines = snapshot.split(/\r?\n/).filter((line) => line.trim().length > 0);
  return lines.slice(1);
}
