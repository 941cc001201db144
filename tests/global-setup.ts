import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { buildSite, type BuildResult } from './helpers/build-site.ts';
import { scratchRoot } from './helpers/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture record, built once with `npm run build` for every test that reads the site. */
    siteDir: string;
  }
}

/**
 * Every project that reads the built site runs this setup; the build is made once per run and
 * shared, since all of them run in the one main process.
 */
const shared = globalThis as { fixtureSiteBuild?: Promise<BuildResult> };

async function buildOnce(): Promise<BuildResult> {
  // The last run's builds are kept until now so that a failure can be inspected.
  await rm(scratchRoot, { recursive: true, force: true });
  return buildSite({ script: 'build' });
}

export default async function setup(project: TestProject) {
  const site = await (shared.fixtureSiteBuild ??= buildOnce());
  if (site.code !== 0) throw new Error(`npm run build failed:\n${site.output}`);
  project.provide('siteDir', site.outDir);
}
