import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Citations } from './format-citations.ts';

/** The downloadable citation files next to each citable page, by extension. */
export const CITATION_DOWNLOADS = {
  ris: { label: 'RIS', field: 'ris' },
  bib: { label: 'BibTeX', field: 'bibtex' },
  json: { label: 'CSL-JSON', field: 'csljson' },
} as const;
export type DownloadExtension = keyof typeof CITATION_DOWNLOADS;

/**
 * Writes `cite.ris`, `cite.bib` and `cite.json` into each folder. The build writes them from the
 * citation workers rather than as Astro routes: three routes an entry were most of the
 * build's routes, each costing the framework far more than the write itself.
 */
export function writeCitationDownloads(folders: string[], citations: Citations): void {
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    for (const [ext, { field }] of Object.entries(CITATION_DOWNLOADS)) {
      writeFileSync(path.join(folder, `cite.${ext}`), citations[field]);
    }
  }
}
