import { checkRecord } from '../validation/check-record.ts';
import { ContentError } from '../validation/content-problem.ts';
import { buildRecord, type ArchiveRecord } from './record.ts';
import type { RecordInput } from './record-types.ts';

/**
 * The record, once its cross-references, slugs, aliases and passages have been checked: where the
 * record is loaded, so that the query module itself stays free of validation. Throws a
 * ContentError naming each broken file and field.
 */
export function checkedRecord(input: RecordInput): ArchiveRecord {
  const problems = checkRecord(input);
  if (problems.length > 0) throw new ContentError(problems);
  return buildRecord(input);
}
