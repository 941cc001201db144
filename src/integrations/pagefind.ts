import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const indexed = await index.addDirectory({ path: site });
          if (indexed.errors.length > 0) throw new Error(indexed.errors.join('; '));
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`Indexed ${indexed.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
