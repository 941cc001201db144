import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { downloadsWritten } from '../lib/render/build-signals.ts';

/** The module through which the page code learns where this build writes its files. */
const MODULE_ID = 'virtual:on-the-record/build-output';

/**
 * Tells the page code of a build where to write each entry's citation downloads (the build's
 * output folder), through a virtual module; `astro dev` never starts a build, so there nothing
 * is written. Astro's `import.meta.env.PROD` cannot tell the two apart: it follows NODE_ENV,
 * which a test runner sets. The build ends once every download is written.
 */
export function citationDownloads(): AstroIntegration {
  return {
    name: 'on-the-record:citation-downloads',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const downloadsDir = command === 'build' ? fileURLToPath(config.outDir) : undefined;
        const source = `export const downloadsDir = ${JSON.stringify(downloadsDir)};`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'on-the-record:build-output',
                resolveId: (id: string) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
                load: (id: string) => (id === `\0${MODULE_ID}` ? source : undefined),
              },
            ],
          },
        });
      },
      // A page kept from the last build asks for no citation, so the page code starts every
      // entry's downloads itself unless they were kept too (src/lib/render/reused-pages.ts); the
      // site is not finished, and the integrations after this one do not look at it, until they
      // are written.
      'astro:build:done': async () => {
        await downloadsWritten();
      },
    },
  };
}
