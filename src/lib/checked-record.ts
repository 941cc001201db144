import { checkRecord } from './check-record';
import { ContentError } from './curator-error';
import { buildRecord, type ArchiveRecord } from './record';
import type { RecordInput } from './record-types';

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
