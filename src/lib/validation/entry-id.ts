import path from 'node:path';

/**
 * An entry's id is its file name without extension, unchanged: the id is the permanent slug,
 * so it must not be silently re-slugified (a bad name is reported by the record's checks).
 */
export function entryIdFromPath({ entry }: { entry: string }): string {
  return path.basename(entry).replace(/\.[^.]+$/, '');
}
