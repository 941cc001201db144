import { absoluteUrl, paths } from '../record/paths.ts';
import type { ArchiveRecord, Entry } from '../record/record.ts';

type Reference = { id: string; collection: string };

function isReference(value: unknown): value is Reference {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'collection' && keys[1] === 'id';
}

/** Replaces every `{ id, collection }` reference inside entry data by the plain id. */
export function resolveReferences(value: unknown): unknown {
  if (isReference(value)) return value.id;
  if (Array.isArray(value)) return value.map(resolveReferences);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(v)]));
  }
  return value;
}

/** An exported entry: id, permanent address, its data with references as ids, and its body. */
export type ExportedEntry = { id: string; permalink: string } & Record<string, unknown>;

/** The contents of `/data/archive.json`; its shape is `ArchiveExportSchema`. */
export interface ArchiveExport {
  $schema: string;
  site: string;
  sources: ExportedEntry[];
  stakeholders: ExportedEntry[];
  claims: ExportedEntry[];
  quotes: ExportedEntry[];
  /** Quotes taken off the record, with their `withdrawn` field; no other list holds them. */
  withdrawnQuotes: ExportedEntry[];
  events: ExportedEntry[];
}

/**
 * Every collection of the record as plain data, ordered by id so that the file changes only
 * where the record does. Markdown and MDX entries (stakeholders, claims) carry their body text.
 */
export function buildArchiveExport(
  record: Pick<ArchiveRecord, 'sources' | 'stakeholders' | 'claims' | 'quotes' | 'withdrawnQuotes' | 'events'>,
  site: string,
  base: string,
): ArchiveExport {
  const exported =
    (pathOf: (id: string) => string) =>
    (entries: Entry<unknown>[]): ExportedEntry[] =>
      [...entries]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((entry) => {
          const body = (entry as { body?: string }).body?.trim();
          return {
            id: entry.id,
            permalink: absoluteUrl(pathOf(entry.id), site, base),
            ...(resolveReferences(entry.data) as Record<string, unknown>),
            ...(body ? { body } : {}),
          };
        });
  return {
    $schema: absoluteUrl(paths.archiveSchema(), site, base),
    site: absoluteUrl(paths.home(), site, base),
    sources: exported(paths.source)(record.sources),
    stakeholders: exported(paths.stakeholder)(record.stakeholders),
    claims: exported(paths.claim)(record.claims),
    quotes: exported(paths.quote)(record.quotes),
    withdrawnQuotes: exported(paths.quote)(record.withdrawnQuotes),
    events: exported(paths.event)(record.events),
  };
}
