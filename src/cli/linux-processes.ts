import { readFileSync } from 'node:fs';

/** A file of a process's folder in /proc (Linux), or undefined once the process has ended. */
export function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** A process's parent, or undefined once the process has ended. */
export function parentPid(pid: number): number | undefined {
  const stat = readProc(pid, 'stat');
  // The 2nd field after the command name, which is in parentheses and may itself hold spaces or ')'.
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : undefined;
}
