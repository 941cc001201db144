import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltSite } from './site-check/check-links.ts';
import { readPageReferences } from './site-check/page-references.ts';

/** Every file in a built folder, relative to it, with `/` separators, sorted. */
export async function listBuiltFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads a built folder into what the link checker needs: its files and each page's references. */
export async function readBuiltSite(dir: string, options: { site: string; base: string }): Promise<BuiltSite> {
  const files = await listBuiltFiles(dir);
  const pages = new Map(
    await Promise.all(
      files
        .filter((f) => f.endsWith('.html'))
        .map(async (f) => [f, readPageReferences(await readFile(path.join(dir, f), 'utf8'))] as const),
    ),
  );
  return { ...options, files: new Set(files), pages };
}
