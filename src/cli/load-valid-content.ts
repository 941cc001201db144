import { formatProblems } from '../lib/curator-error';
import { countOf } from '../lib/labels';
import { readContentFolder } from '../lib/read-content-folder';
import type { RecordInput } from '../lib/record-types';
import { validateContent } from '../lib/validate-content';

/** The content folder's entries, or, when the content has problems, a report of them and exit 1. */
export function loadValidContent(contentDir: string): RecordInput {
  const { problems, record } = validateContent(readContentFolder(contentDir));
  if (problems.length > 0) {
    process.stderr.write(`The content has ${countOf(problems.length, 'problem')}; fix ${problems.length === 1 ? 'it' : 'them'} first:\n${formatProblems(problems)}\n`);
    process.exit(1);
  }
  return record;
}
