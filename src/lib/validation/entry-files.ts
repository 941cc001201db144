import path from 'node:path';
import { COLLECTION_FILES, COLLECTIONS } from '../../schemas/collections.ts';
import { entryIdFromPath } from './entry-id.ts';
import { filesUnder } from './read-content-folder.ts';

/** Each entry of a content folder, as `collection/id`, with the file it is read from (relative to the folder). */
export type EntryFiles = Record<string, string>;

/** Which file each entry of a content folder is read from. */
export function listEntryFiles(contentDir: string): EntryFiles {
  const entries: EntryFiles = {};
  for (const collection of COLLECTIONS) {
    for (const file of filesUnder(path.join(contentDir, collection))) {
      if (!COLLECTION_FILES[collection].pattern.test(file)) continue;
      entries[`${collection}/${entryIdFromPath({ entry: file })}`] = path.relative(contentDir, file);
    }
  }
  return entries;
}

/** The entries now read from another file than before (renamed from `.mdx` to `.md`, or moved), their id kept. */
export function movedEntries(before: EntryFiles, now: EntryFiles): string[] {
  return Object.keys(now).filter((entry) => entry in before && before[entry] !== now[entry]);
}
