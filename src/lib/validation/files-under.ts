import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The files under `root`, as sorted paths relative to it: none when it does not exist, and only
 * itself, as '', when it is a file. A link to a file counts as that file, since Astro's content
 * loader reads entries through links: what the build publishes must be what validation checks and
 * what a build's inputs digest reads. A link that leads nowhere is no file.
 */
export function filesUnder(root: string): string[] {
  const stats = statSync(root, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return [''];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => ({ entry, file: path.join(entry.parentPath, entry.name) }))
    .filter(
      ({ entry, file }) =>
        entry.isFile() || (entry.isSymbolicLink() && statSync(file, { throwIfNoEntry: false })?.isFile()),
    )
    .map(({ file }) => path.relative(root, file))
    .sort();
}
