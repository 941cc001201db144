import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parentPid, readProc } from '../linux-processes.ts';

/** What one stage of the build cost. */
export interface StageCost {
  seconds: number;
  /** Highest resident memory of the stage's whole process tree, sampled every 100 ms. */
  peakRssMb: number | null;
  output: string;
}

/**
 * A sampler of the resident memory (kB) of a process and all its descendants; Linux only (/proc).
 * Sampled every 100 ms beside the build it measures, so it reads little: a process's parent is
 * read once (from its stat) and remembered, and only the processes started after the stage's own
 * (a higher pid, the kernel counting up) can be in its tree. Reading every process's stat each
 * time cost the benchmark's test 12 s of CPU, taken from the builds it timed.
 */
function treeRssSampler(rootPid: number): () => number {
  const parents = new Map<number, number | undefined>();
  return () => {
    const pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => pid >= rootPid);
    const inTree = new Set([rootPid]);
    for (const pid of pids.sort((a, b) => a - b)) {
      if (!parents.has(pid)) parents.set(pid, parentPid(pid));
      if (inTree.has(parents.get(pid)!)) inTree.add(pid);
    }
    let total = 0;
    for (const pid of inTree) total += Number(/VmRSS:\s+(\d+)/.exec(readProc(pid, 'status') ?? '')?.[1] ?? 0);
    return total;
  };
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
    const treeRss = canSample ? treeRssSampler(child.pid!) : undefined;
    const sampler = treeRss ? setInterval(() => (peakKb = Math.max(peakKb, treeRss())), 100) : undefined;
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
