import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_FILES, COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { filesUnder } from './files-under.ts';
import type { ContentFile } from './parse-content-file.ts';
import { QUOTE_HASHES_FILE } from './quote-hashes.ts';
import type { ContentFolder } from './validate-content.ts';

/** A path as a curator is shown it: relative to where they work, when the file is under it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Every entry file of a content folder (its full path), with the collection it belongs to. */
export function entryFilesUnder(contentDir: string): { collection: CollectionName; file: string }[] {
  return COLLECTIONS.flatMap((collection) =>
    filesUnder(path.join(contentDir, collection))
      .map((file) => path.join(contentDir, collection, file))
      .filter((file) => COLLECTION_FILES[collection].pattern.test(file))
      .map((file) => ({ collection, file })),
  );
}

/** Reads every entry file of a content folder, and its quote hashes, for `validateContent`. */
export function readContentFolder(contentDir: string): ContentFolder {
  const files: ContentFile[] = entryFilesUnder(contentDir).map(({ collection, file }) => ({
    collection,
    file: displayPath(file),
    text: readFileSync(file, 'utf8'),
  }));
  const hashesFile = path.join(contentDir, QUOTE_HASHES_FILE);
  return {
    files,
    hashes: existsSync(hashesFile)
      ? { file: displayPath(hashesFile), text: readFileSync(hashesFile, 'utf8') }
      : undefined,
  };
}
