import path from 'node:path';
import { accessDate, basePath, contentDir, outDir, searchIndexOn, siteUrl, snapshotDir } from '../../settings.ts';
import { inputsDigest } from './inputs-digest.ts';

let digest: string | undefined;

/**
 * Everything a build's output is made from, as one digest: the site's code (`src/`, `public/`,
 * the Astro configuration, the installed packages' versions), the content folder, the snapshots,
 * and the settings the output depends on (the site's address, its base path, the citations'
 * access date, where it is written, whether it is indexed). A build run from the project folder
 * (see settings.ts) reads it once; two builds with the same digest write the same files.
 */
export function buildInputs(): string {
  digest ??= inputsDigest(
    [
      ...['src', 'public', 'astro.config.mjs', 'package-lock.json'].map((p) => path.resolve(p)),
      contentDir,
      snapshotDir,
    ],
    { siteUrl, basePath, accessDate, outDir, searchIndexOn },
  );
  return digest;
}
