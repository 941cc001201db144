import { spawn } from 'node:child_process';
import { projectRoot } from './paths.ts';
import { shellEnv } from './build-site.ts';

/**
 * Runs an npm script of the project as a curator would, and gives back its exit code and output;
 * in `cwd` when given (a copy of the project, for a script that builds: see projectCopy).
 */
export function runScript(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
  cwd: string = projectRoot,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd,
      env: shellEnv(env),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
