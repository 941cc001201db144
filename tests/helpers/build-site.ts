import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { takeBuildLock as takeLock } from '../../src/cli/build-lock.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The record the tests of behaviour build: a frozen copy under tests/fixtures/ (see its README). */
export const fixtureRecord = path.join(projectRoot, 'tests/fixtures/record');

/** The archive's own record, which the `record` test project checks. */
export const realRecord = path.join(projectRoot, 'content');

/** Scratch space for test builds (git-ignored). */
export const scratchRoot = path.join(projectRoot, 'tests/.tmp');

export interface BuildResult {
  /** The folder the site was written to. */
  outDir: string;
  /** Exit code of the build: 0 when it succeeded. */
  code: number;
  /** Everything the build printed (stdout and stderr together). */
  output: string;
}

export interface BuildOptions {
  /** Content folder to build; defaults to the fixture record in `tests/fixtures/record/`. */
  contentDir?: string;
  /** Base path to serve the site under, e.g. `/archive/`. */
  base?: string;
  /** Run an npm script instead of a bare `astro build` (e.g. "build" to include every stage). */
  script?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/**
 * Formatted citations, shared by every test build of a run: they are kept under a digest of what
 * they format, so a build of other content only adds its own, and most builds copy the fixture
 * record (one build's formatting is some 2 s of its 9).
 */
export const sharedCitations = path.join(scratchRoot, 'citations');

/** The lock every test build, server and benchmark of this checkout takes turns with (see src/cli/build-lock.ts). */
export const buildLock = path.join(scratchRoot, 'build.lock');

/** Holds the build lock until the returned function is called. */
export const takeBuildLock = () => takeLock(buildLock);

/**
 * Vitest workers put Vite's `import.meta.env` values (BASE_URL, MODE, DEV, PROD, SSR) into
 * `process.env`; a child `astro build` that inherited them would ignore the configured base path.
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}

/**
 * The environment a person has in their shell: without Vitest's own variables either
 * (`NODE_ENV=test`, `VITEST`, `TEST`), under which `astro dev` answers every page with a 404.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _node, TEST: _test, ...rest } = withoutViteEnv(process.env);
  for (const name of Object.keys(rest)) if (name.startsWith('VITEST')) delete rest[name];
  return { ...rest, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Builds the site as a curator would, in a child process, into a fresh temporary folder. Each
 * build gets its own output and cache folder so builds of different content never mix.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  // Inside the project on purpose: Astro writes its prerender chunks beside an outDir within the
  // working directory, but into one shared `.astro/.prerender` for any outDir outside it, where
  // two builds at once would overwrite each other's chunks.
  await mkdir(scratchRoot, { recursive: true });
  const work = await mkdtemp(path.join(scratchRoot, 'build-'));
  const outDir = path.join(work, 'dist');
  const env = {
    ...withoutViteEnv(process.env),
    OTR_CONTENT_DIR: options.contentDir ?? fixtureRecord,
    OTR_CACHE_DIR: path.join(work, 'cache'),
    OTR_CITATION_CACHE_DIR: sharedCitations,
    OTR_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.base ? { OTR_BASE: options.base } : {}),
    ...options.env,
  };
  const [command, args] = options.script
    ? ['npm', ['run', '--silent', options.script]]
    : [path.join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir]];
  const release = await takeBuildLock();
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: projectRoot, env });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ outDir, code: code ?? 1, output }));
    });
  } finally {
    await release();
  }
}

/**
 * A build that several test files read, made by the first to ask for it and reused by the others
 * for the rest of the run. Test files run in separate workers, so the build is handed over
 * through the scratch folder (emptied at the start of every run), under a lock of its own.
 */
export async function sharedBuild(name: string, options: () => Promise<BuildOptions>): Promise<BuildResult> {
  const result = path.join(scratchRoot, `shared-${name}.json`);
  const release = await takeLock(path.join(scratchRoot, `shared-${name}.lock`));
  try {
    return JSON.parse(await readFile(result, 'utf8')) as BuildResult;
  } catch {
    const build = await buildSite(await options());
    await writeFile(result, JSON.stringify(build));
    return build;
  } finally {
    await release();
  }
}

/** The fixture record built for another host, under the base path `/archive/`, with every stage. */
export const ANOTHER_HOST = 'https://records.example.org';
export const underBasePathBuild = (): Promise<BuildResult> =>
  sharedBuild('under-archive', async () => ({ base: '/archive/', script: 'build', env: { OTR_SITE: ANOTHER_HOST } }));

/** The invented record of prepared remarks and what was delivered (its README says what it holds). */
const preparedAndDelivered = path.join(projectRoot, 'tests/fixtures/prepared-and-delivered');
export const preparedAndDeliveredBuild = (): Promise<BuildResult> =>
  sharedBuild('prepared-and-delivered', async () => ({ contentDir: preparedAndDelivered }));
