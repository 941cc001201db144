import { cp, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot, scratchRoot, sharedCitations } from './paths.ts';

/** What a build, the development server, `npm run record` and `npm run bench` read of the project. */
const BUILD_INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface ProjectCopy {
  /** The copy's root, to run npm scripts in. */
  root: string;
  /** Where a build run in it writes (the site, Astro's caches) and the run's shared citations. */
  env: { OTR_OUT_DIR: string; OTR_CACHE_DIR: string; OTR_CITATION_CACHE_DIR: string };
}

/**
 * A copy of the project, made afresh for one build, server or benchmark, with the project's
 * `node_modules` linked in. Astro writes a build's map of MDX modules into its root's `.astro/`
 * whatever the content folder, so two builds of different content in one root at once can bundle
 * each other's map and fail to render a profile; in copies of their own, builds run side by side,
 * and beside `npm run check` in the project itself. The copy is the same code at the same paths
 * relative to its root, so it builds the same bytes. A file a build reads that is not in
 * BUILD_INPUTS fails every test build at once, by name.
 */
export async function projectCopy(prefix: string): Promise<ProjectCopy> {
  await mkdir(scratchRoot, { recursive: true });
  const root = await mkdtemp(path.join(scratchRoot, `${prefix}-`));
  await Promise.all(
    BUILD_INPUTS.map((name) => cp(path.join(projectRoot, name), path.join(root, name), { recursive: true })),
  );
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return {
    root,
    env: {
      OTR_OUT_DIR: path.join(root, 'dist'),
      OTR_CACHE_DIR: path.join(root, 'cache'),
      OTR_CITATION_CACHE_DIR: sharedCitations,
    },
  };
}
