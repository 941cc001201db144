import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real record, built once with `npm run build` for every test that reads the site. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await buildSite({ script: 'build' });
  if (site.code !== 0) throw new Error(`npm run build failed:\n${site.output}`);
  project.provide('siteDir', site.outDir);
}
