import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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

/**
 * The files under `root` (a link to a file counts), as sorted paths relative to it: none when it
 * does not exist, and only itself, as '', when it is a file.
 */
function filesUnder(root: string): string[] {
  let entries;
  try {
    if (statSync(root).isFile()) return [''];
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .map((entry) => ({ entry, file: path.join(entry.parentPath, entry.name) }))
    .filter(({ entry, file }) => entry.isFile() || (entry.isSymbolicLink() && statSync(file).isFile()))
    .map(({ file }) => path.relative(root, file))
    .sort();
}
