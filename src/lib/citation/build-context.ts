import { accessDate, basePath, siteUrl } from '../../settings.ts';
import { absoluteUrl } from '../record/paths.ts';
import type { CitationContext } from './entry-citation.ts';

/** Citations as this build gives them: on this build's site URL, accessed on its access date. */
export const buildCitationContext: CitationContext = {
  permalink: (path) => absoluteUrl(path, siteUrl, basePath),
  accessed: { iso: accessDate, precision: 'day' },
};
