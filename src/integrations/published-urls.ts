import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listBuiltPaths } from '../lib/permalinks/list-built-paths.ts';
import { describeBrokenUrls, findBrokenUrls, MANIFEST_FILE, type Manifest } from '../lib/permalinks/published-urls.ts';
import { displayPath } from '../lib/validation/read-content-folder.ts';
import { stopBuild } from './stop-build.ts';

/** Reads a content folder's manifest; undefined when it has published nothing yet. */
export async function readManifest(contentDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(contentDir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Stops the build, naming each listed URL it would break and how to keep it alive. */
export function stopForBrokenUrls(broken: string[], contentDir: string): never {
  stopBuild(describeBrokenUrls(broken, displayPath(path.join(contentDir, MANIFEST_FILE))));
}

/**
 * Fails the build when it would stop publishing a URL listed in the content's manifest. Entry
 * pages are checked before the build, from the content (see validate-content.ts); this catches
 * the rest, such as a list's page or a page of src/pages/ removed.
 */
export function publishedUrls(contentDir: string): AstroIntegration {
  return {
    name: 'on-the-record:published-urls',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const manifest = await readManifest(contentDir);
        if (!manifest) return;
        const broken = findBrokenUrls(manifest, await listBuiltPaths(fileURLToPath(dir)));
        if (broken.length > 0) stopForBrokenUrls(broken, contentDir);
      },
    },
  };
}
