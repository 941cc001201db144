import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DOWNLOADS_DIR_ENV } from '../lib/citation/citation-downloads.ts';

/**
 * Tells the page code of a build where to write each entry's citation downloads (the build's
 * output folder). `astro dev` never starts a build, so there nothing is written. Astro's
 * `import.meta.env.PROD` cannot tell the two apart: it follows NODE_ENV, which a test runner sets.
 */
export function citationDownloads(): AstroIntegration {
  let outDir = '';
  return {
    name: 'on-the-record:citation-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Static pages are rendered in this process after this hook.
      'astro:build:start': () => {
        process.env[DOWNLOADS_DIR_ENV] = outDir;
      },
    },
  };
}
