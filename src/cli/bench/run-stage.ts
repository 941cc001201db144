import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one stage of the build cost. */
export interface StageCost {
  seconds: number;
  /** Highest resident memory of the stage's whole process tree, sampled every 100 ms. */
  peakRssMb: number | null;
  output: string;
}

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Resident memory (kB) of a process and all its descendants; Linux only (/proc). */
function treeRssKb(rootPid: number): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    // The parent pid is the 2nd field after the parenthesised command name.
    const stat = readProc(pid, 'stat');
    const parent = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [String(rootPid)];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const rss = /VmRSS:\s+(\d+)/.exec(readProc(pid, 'status') ?? '');
    if (rss) total += Number(rss[1]);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs one stage as a child process and measures its wall time and peak memory. Node gives no
 * rusage for children and GNU time is not everywhere, so memory is sampled from /proc.
 */
export function runStage(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<StageCost> {
  const canSample = process.platform === 'linux';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env });
    let output = '';
    let peakKb = 0;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const sampler = canSample ? setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 100) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({ seconds, peakRssMb: canSample ? Math.round(peakKb / 1024) : null, output });
    });
  });
}
