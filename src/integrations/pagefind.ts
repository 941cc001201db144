import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from './search-index.ts';

/**
 * Indexes the built site with Pagefind once `astro build` has written it, so that every build
 * (the real record, a fixture, a benchmark archive, any base path) ships its own search index in
 * `<outDir>/pagefind/`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'on-the-record:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}
