import { defineConfig } from 'vitest/config';
import path from 'node:path';
import LongestFirst from './longest-first.ts';

/**
 * The tests, in five projects (run one with `npm test -- --project unit`):
 * - unit: pure functions and content validation, no build;
 * - site: the fixture record built once (tests/global-setup.ts), its pages, files and commands;
 * - browser: search and the interactive parts, in Chromium;
 * - a11y: every page through axe, the HTML checkers and the flaws they must catch;
 * - record: the real record in content/ (verify, coverage, recorded words, permanent URLs).
 * site, browser and a11y share one build of the fixture record.
 */
const root = path.resolve(import.meta.dirname, '..');
// A build takes some 10 s alone and longer beside others; a test waiting for a shared build
// (tests/helpers/shared-builds.ts) waits for it within its own time limit.
const builds = { testTimeout: 300_000, hookTimeout: 300_000 };
const builtSite = { globalSetup: ['tests/global-setup.ts'], ...builds };

export default defineConfig({
  root,
  test: {
    exclude: ['**/node_modules/**', 'tests/fixtures/**'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // Three at a time on the 2-core machines this runs on: a file waiting its turn for a build
    // (tests/helpers/build-site.ts) leaves its core to the others (idle: 10 m 54 s with two, 9 m 44 s
    // with three).
    maxWorkers: 3,
    // A worker keeps the modules it has loaded from one test file to the next (the unit project:
    // 40 s of CPU with a fresh module graph per file, 21 s without). No test mocks a module or
    // changes the environment, so what one file loads is what the next would.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    projects: [
      // A unit test waits for nothing, but a busy machine may slow citeproc's first run.
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          ...builtSite,
        },
      },
      { extends: true, test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], ...builtSite } },
      { extends: true, test: { name: 'a11y', include: ['tests/a11y/**/*.test.ts'], ...builtSite } },
      { extends: true, test: { name: 'record', include: ['tests/record/**/*.test.ts'], ...builds } },
    ],
  },
});
