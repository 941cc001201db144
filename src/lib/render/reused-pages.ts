import { anyDownloadMissing, writeAllCitationDownloads } from '../citation/entry-citation.ts';
import { citationContext } from '../citation/this-build.ts';
import { loadRecord } from '../record/load-record.ts';
import { buildStart } from './build-signals.ts';

/** Whether this build has seen to its citation downloads: once, for every route. */
let downloadsChecked = false;

/**
 * A route's static paths, each marked as reusable: when a build's inputs are those of the last
 * build, Astro keeps each page it wrote then instead of rendering it again (its incremental
 * build, `astro.config.mjs`). The key is the whole build's inputs (`buildInputs`, read when the
 * build started: src/integrations/previous-output.ts), not the page's own: a page shows other
 * entries (a quote page lists the quotes on the other side of its claims, every page's citation
 * carries the build's date), and a key that missed one of them would publish a stale page. So a
 * rebuild with nothing changed renders no entry page, and any change renders them all.
 *
 * Since a kept page asks for no citation, every entry's download files are started here, and
 * the build waits for them (src/integrations/citation-downloads.ts), unless the build kept the
 * last output (src/integrations/previous-output.ts), whose downloads are this build's, and none
 * of them has been deleted since. `astro dev` reuses nothing.
 */
export async function reusablePaths<P extends object>(paths: P[]): Promise<(P & { cacheKey?: string })[]> {
  const start = buildStart();
  if (start === undefined) return paths;
  if (!downloadsChecked) {
    downloadsChecked = true;
    const record = await loadRecord();
    if (!start.outputKept || anyDownloadMissing(record, citationContext))
      writeAllCitationDownloads(record, citationContext);
  }
  return paths.map((p) => ({ ...p, cacheKey: start.inputs }));
}
