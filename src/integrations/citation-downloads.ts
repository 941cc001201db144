import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module through which the page code learns where this build writes its files. */
const MODULE_ID = 'virtual:on-the-record/build-output';

/**
 * Tells the page code of a build where to write each entry's citation downloads (the build's
 * output folder), through a virtual module; `astro dev` never starts a build, so there nothing
 * is written. Astro's `import.meta.env.PROD` cannot tell the two apart: it follows NODE_ENV,
 * which a test runner sets.
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
    },
  };
}
