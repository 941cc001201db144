import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from './paths.ts';
import { shellEnv } from './build-site.ts';

/** A server an npm script started, answering at `url`, until `stop()`. */
export interface StartedServer {
  /** Where it answers, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** Everything the script printed so far. */
  output: () => string;
  /** Ends the script and every process it started. */
  stop: () => Promise<void>;
}

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs an npm script that serves the site (`dev`, `preview`, `start`) as a person would, on a
 * free port of the loopback address, and waits until it answers `/`. `--ignore-lock` lets it run
 * beside a server the developer may have open: Astro otherwise refuses a second one. In `cwd`
 * when given (a copy of the project, for a script that builds: see projectCopy).
 */
export async function startScript(
  script: string,
  env: Record<string, string> = {},
  cwd: string = projectRoot,
  timeoutMs = 240_000,
): Promise<StartedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // A process group of its own, so that stopping it ends npm, the shell and Astro together.
  const child = spawn(
    'npm',
    ['run', '--silent', script, '--', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    {
      cwd,
      env: shellEnv({ NO_COLOR: '1', ...env }),
      detached: true,
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (!running) return;
    process.kill(-child.pid!, 'SIGTERM');
    const killer = setTimeout(() => running && process.kill(-child.pid!, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running) throw new Error(`npm run ${script} ended before it served ${url}:\n${output}`);
    // A development server can hold a first request while it bundles dependencies, and drop it.
    const answered = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`npm run ${script} did not serve ${url} within ${timeoutMs / 1000} s:\n${output}`);
}
