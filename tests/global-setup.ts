import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { buildSite, scratchRoot } from './helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real record, built once with `npm run build` for every test that reads the site. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  // The last run's builds are kept until now so that a failure can be inspected.
  await rm(scratchRoot, { recursive: true, force: true });
  const site = await buildSite({ script: 'build' });
  if (site.code !== 0) throw new Error(`npm run build failed:\n${site.output}`);
  project.provide('siteDir', site.outDir);
}
