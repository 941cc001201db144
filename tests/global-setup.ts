import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { fixtureRecord, scratchRoot } from './helpers/paths.ts';
import { projectCopy } from './helpers/project-copy.ts';
import { startScript, type StartedServer } from './helpers/start-script.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture record, built once by `npm start` for every test that reads the site. */
    siteDir: string;
    /** Where that `npm start` serves it. */
    startedUrl: string;
    /** What `npm start` printed until it served. */
    startOutput: string;
  }
}

interface Started {
  server: StartedServer;
  siteDir: string;
}

/**
 * Every project that reads the built site runs this setup; the site is built once per run and
 * shared, since all of them run in the one main process. It is built as a newcomer's README
 * builds it, by `npm start` (a build, then a server), so that the test of `npm start` reads this
 * build instead of making one more: a build of the fixture record is some 10 s of CPU.
 */
const shared = globalThis as { fixtureSite?: Promise<Started> };

async function startOnce(): Promise<Started> {
  // The last run's builds are kept until now so that a failure can be inspected.
  await rm(scratchRoot, { recursive: true, force: true });
  const copy = await projectCopy('start');
  const server = await startScript('start', { ...copy.env, OTR_CONTENT_DIR: fixtureRecord }, copy.root);
  return { server, siteDir: copy.env.OTR_OUT_DIR };
}

export default async function setup(project: TestProject) {
  const { server, siteDir } = await (shared.fixtureSite ??= startOnce());
  project.provide('siteDir', siteDir);
  project.provide('startedUrl', server.url);
  project.provide('startOutput', server.output());
  return () => server.stop();
}
