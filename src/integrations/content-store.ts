import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listEntryFiles, movedEntries, type EntryFiles } from '../lib/validation/entry-files.ts';

/** Beside the content store: which file each entry was read from by the last build or `astro dev`. */
const ENTRY_FILES = 'entry-files.json';

/**
 * Astro keeps an entry it has read before whenever its file's text is unchanged, even when the
 * entry now comes from another file: a profile renamed from `.mdx` to `.md` with the same words
 * kept its old path, and the next build failed, unable to import the MDX file that was gone.
 * When an entry has moved, both content stores (the build's in the cache folder, `astro dev`'s in
 * `.astro/`) are dropped, so that Astro reads the content afresh; formatted citations are kept.
 */
export function contentStore(contentDir: string): AstroIntegration {
  return {
    name: 'on-the-record:content-store',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        const record = path.join(cacheDir, ENTRY_FILES);
        const now = listEntryFiles(contentDir);
        let before: EntryFiles = {};
        try {
          before = JSON.parse(readFileSync(record, 'utf8')) as EntryFiles;
        } catch {
          // No build has recorded them yet, or this cache folder is new: nothing can have moved.
        }
        const moved = movedEntries(before, now);
        if (moved.length > 0) {
          for (const store of [
            path.join(cacheDir, 'data-store.json'),
            fileURLToPath(new URL('.astro/data-store.json', config.root)),
          ])
            rmSync(store, { force: true });
          const which = moved.length === 1 ? 'An entry is' : `${moved.length} entries are`;
          logger.info(`${which} read from another file than before (${now[moved[0]]}): reading the content afresh`);
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(record, JSON.stringify(now));
      },
    },
  };
}
