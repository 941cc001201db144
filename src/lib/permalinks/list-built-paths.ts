import { readdir } from 'node:fs/promises';
import { publishedPathOf } from './published-urls.ts';

/** Every URL path a built site publishes (pages and citation downloads), sorted. */
export async function listBuiltPaths(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .map((file) => publishedPathOf(file))
    .filter((path): path is string => path !== undefined)
    .sort();
}
