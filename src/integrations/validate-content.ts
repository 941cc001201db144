import type { AstroIntegration } from 'astro';
import { findRetiredEntryUrls } from '../lib/permalinks/published-urls.ts';
import type { Entry, RecordInput } from '../lib/record/record-types.ts';
import { listAliases } from '../lib/validation/aliases.ts';
import { ContentError } from '../lib/validation/content-problem.ts';
import { readContentFolder } from '../lib/validation/read-content-folder.ts';
import { validateContent } from '../lib/validation/validate-content.ts';
import { readManifest, stopForBrokenUrls } from './published-urls.ts';
import { stopBuild } from './stop-build.ts';

/** For each collection, the ids of its entries and their aliases: the slugs its pages live at. */
function slugsOf(record: RecordInput): Map<string, Set<string>> {
  const slugs = new Map<string, Set<string>>();
  for (const [collection, entries] of Object.entries(record) as [string, Entry<unknown>[]][])
    slugs.set(collection, new Set(entries.map((e) => e.id)));
  for (const { collection, alias } of listAliases(record)) slugs.get(collection)?.add(alias);
  return slugs;
}

/**
 * Checks the content folder before Astro reads it, so that a curator gets one plain message
 * per problem (file → field: what is wrong and how to fix it) instead of a stack trace, and a
 * build with bad content stops before anything is written. A published entry's page that the
 * content no longer keeps (deleted or renamed with no alias) stops the build here too; the
 * published-urls integration checks every other published URL once the site is built.
 */
export default function validateContentIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'on-the-record:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { problems, record } = validateContent(readContentFolder(contentDir));
        if (problems.length > 0) {
          const report = new ContentError(problems).message;
          if (command !== 'build') return logger.error(report);
          stopBuild(report);
        }
        const manifest = command === 'build' ? await readManifest(contentDir) : undefined;
        const retired = manifest ? findRetiredEntryUrls(manifest, slugsOf(record)) : [];
        if (retired.length > 0) stopForBrokenUrls(retired, contentDir);
      },
    },
  };
}
