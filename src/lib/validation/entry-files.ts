import path from 'node:path';
import { entryIdFromPath } from './entry-id.ts';
import { entryFilesUnder } from './read-content-folder.ts';

/** Each entry of a content folder, as `collection/id`, with the file it is read from (relative to the folder). */
export type EntryFiles = Record<string, string>;

/** Which file each entry of a content folder is read from. */
export function listEntryFiles(contentDir: string): EntryFiles {
  return Object.fromEntries(
    entryFilesUnder(contentDir).map(({ collection, file }) => [
      `${collection}/${entryIdFromPath({ entry: file })}`,
      path.relative(contentDir, file),
    ]),
  );
}

/** The entries now read from another file than before (renamed from `.mdx` to `.md`, or moved), their id kept. */
export function movedEntries(before: EntryFiles, now: EntryFiles): string[] {
  return Object.keys(now).filter((entry) => entry in before && before[entry] !== now[entry]);
}
