import { spawn } from 'node:child_process';
import { fixtureRecord } from './paths.ts';
import { projectCopy } from './project-copy.ts';

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
 * Builds the site as a curator would, in a child process, in a fresh copy of the project (see
 * projectCopy), so that its output and caches are its own and it can run beside other builds.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const copy = await projectCopy('build');
  const env = {
    ...withoutViteEnv(process.env),
    ...copy.env,
    OTR_CONTENT_DIR: options.contentDir ?? fixtureRecord,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.base ? { OTR_BASE: options.base } : {}),
    ...options.env,
  };
  const [command, args] = options.script
    ? ['npm', ['run', '--silent', options.script]]
    : ['node_modules/.bin/astro', ['build']];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: copy.root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ outDir: copy.env.OTR_OUT_DIR, code: code ?? 1, output }));
  });
}
