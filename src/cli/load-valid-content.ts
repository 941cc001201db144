import { formatProblems } from '../lib/validation/content-problem.ts';
import { countOf } from '../lib/wording/count-of.ts';
import { readContentFolder } from '../lib/validation/read-content-folder.ts';
import type { RecordInput } from '../lib/record/record-types.ts';
import { validateContent } from '../lib/validation/validate-content.ts';

/** The content folder's entries, or, when the content has problems, a report of them and exit 1. */
export function loadValidContent(contentDir: string): RecordInput {
  const { problems, record } = validateContent(readContentFolder(contentDir));
  if (problems.length > 0) {
    process.stderr.write(
      `The content has ${countOf(problems.length, 'problem')}; fix ${problems.length === 1 ? 'it' : 'them'} first:\n${formatProblems(problems)}\n`,
    );
    process.exit(1);
  }
  return record;
}
