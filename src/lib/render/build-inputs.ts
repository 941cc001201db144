import path from 'node:path';
import { accessDate, basePath, contentDir, outDir, searchIndexOn, siteUrl, snapshotDir } from '../../settings.ts';
import { inputsDigest } from './inputs-digest.ts';

/**
 * Everything a build's output is made from, as one digest: the site's code (`src/`, `public/`,
 * the Astro configuration, the installed packages' versions), the content folder, the snapshots,
 * and the settings the output depends on (the site's address, its base path, the citations'
 * access date, where it is written, whether it is indexed). Two builds with the same digest write
 * the same files. Read once a build, when it starts (src/integrations/previous-output.ts): ≈ 0.5 s
 * at 10,000 quotes, 2–4 s at 50,000. Paths are the project folder's, where builds run (see
 * settings.ts).
 */
export function buildInputs(): string {
  return inputsDigest(
    [
      ...['src', 'public', 'astro.config.mjs', 'package-lock.json'].map((p) => path.resolve(p)),
      contentDir,
      snapshotDir,
    ],
    { siteUrl, basePath, accessDate, outDir, searchIndexOn },
  );
}
