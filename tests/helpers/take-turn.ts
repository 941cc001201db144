import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Takes turns through the lock folder `lock`, holding it until the returned function is called:
 * for the first of several test files to make what all of them read. `mkdir` is atomic; a lock
 * older than ten minutes was left by a run that died.
 */
export async function takeTurn(lock: string): Promise<() => Promise<void>> {
  await mkdir(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > 10 * 60_000) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
