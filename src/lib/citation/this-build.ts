import { downloadsDir } from 'virtual:on-the-record/build-output';
import { accessDate, basePath, siteUrl } from '../../settings.ts';
import { absoluteUrl } from '../record/paths.ts';
import type { CitationContext } from './entry-citation.ts';

/** The permanent address of a page of this build, on its site URL and under its base path. */
export function permalink(path: string): string {
  return absoluteUrl(path, siteUrl, basePath);
}

/**
 * Citations as this build gives them: at its permanent addresses, accessed on its access date,
 * with their download files written into its output folder (none under `astro dev`).
 */
export const citationContext: CitationContext = {
  permalink,
  accessed: { iso: accessDate, precision: 'day' },
  downloadsDir,
};
