import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../validation/files-under.ts';

/**
 * A digest of each file listed and every file under each folder listed (its path and its bytes),
 * and of `settings`: two builds with the same digest were given the same inputs. A path that does
 * not exist counts as an empty folder; a folder inside another one listed is read once.
 */
export function inputsDigest(files: string[], settings: Record<string, string | boolean>): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  const roots = [...new Set(files.map((f) => path.resolve(f)))].sort();
  for (const root of roots) {
    if (roots.some((other) => other !== root && root.startsWith(other + path.sep))) continue;
    hash.update(`\0folder ${root}\0`);
    for (const file of filesUnder(root)) hash.update(`\0${file}\0`).update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}
