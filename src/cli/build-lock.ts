import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Takes turns between builds of different content folders in one checkout, holding the lock
 * folder `lock` until the returned function is called. Astro writes the map of a build's MDX
 * modules to the project's `.astro/content-modules.mjs` whatever the content folder, so two builds
 * of different content at once could bundle each other's map and fail to render a profile.
 * `mkdir` is atomic; a lock older than ten minutes was left by a run that died.
 */
export async function takeBuildLock(lock: string): Promise<() => Promise<void>> {
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
