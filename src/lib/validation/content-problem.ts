import { countOf } from '../wording/count-of.ts';

/** One problem in the content, written for the curator who has to fix it. */
export interface ContentProblem {
  /** The file at fault, relative to the project (e.g. `content/quotes/x.yaml`). */
  file: string;
  /** The field at fault (`speaker`, `claims[1].claim`), or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Renders problems one per line: `file → field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n');
}

/** Thrown when the content cannot be published as it stands; the build stops with this text. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(`The record has ${countOf(problems.length, 'problem')}; nothing was published:\n` + formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
  }
}
