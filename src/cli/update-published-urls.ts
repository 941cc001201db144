/**
 * `npm run urls:update`: builds the site, then adds every URL it publishes to the content
 * folder's manifest (`published-urls.json`). URLs are only ever added; commit the result.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir, outDir } from '../settings.ts';
import { listBuiltPaths } from '../lib/list-built-paths.ts';
import { MANIFEST_FILE, updateManifest } from '../lib/published-urls.ts';
import { readManifest } from '../integrations/published-urls.ts';

const before = await readManifest(contentDir);
const after = updateManifest(before, await listBuiltPaths(outDir));
const file = path.join(contentDir, MANIFEST_FILE);
await writeFile(file, JSON.stringify(after, null, 2) + '\n');
const added = after.urls.length - (before?.urls.length ?? 0);
console.log(`${path.relative(process.cwd(), file)}: ${after.urls.length} URLs, ${added} new.`);
