import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildStart } from '../lib/render/build-signals.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * Indexes the built site with Pagefind once `astro build` has written it, so that every build
 * (the real record, a fixture, a benchmark archive, any base path) ships its own search index in
 * `<outDir>/pagefind/`. A build that kept the last build's output (previous-output.ts) keeps its
 * index too: the same inputs give the same index, and indexing 10,000 quotes takes ≈ 15 s.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'on-the-record:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        if (buildStart()?.outputKept && existsSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'))) {
          logger.info("The search index is the last build's, kept with the rest of its output.");
          return;
        }
        const pages = await writeSearchIndex(siteDir);
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}
