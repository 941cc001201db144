import { SLUG_PATTERN } from '../../schemas/collections.ts';
import type { ContentProblem } from './content-problem.ts';
import type { CollectionName, Entry, RecordInput } from '../record/record-types.ts';

/** An old URL slug that now leads to a renamed entry. */
export interface Alias {
  collection: CollectionName;
  /** The former id, which is the slug of the old URL. */
  alias: string;
  /** The entry's id now. */
  id: string;
}

function aliasesOf(entry: Entry<unknown>): string[] {
  return (entry.data as { aliases?: string[] }).aliases ?? [];
}

function fileOf(entry: Entry<unknown>, collection: CollectionName): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

/** Every alias of every entry, collection by collection. */
export function listAliases(input: RecordInput): Alias[] {
  return (Object.keys(input) as CollectionName[]).flatMap((collection) =>
    input[collection].flatMap((entry) => aliasesOf(entry).map((alias) => ({ collection, alias, id: entry.id }))),
  );
}

/** Entries renamed with their old names kept as aliases: `<collection>/<old id>` → the id now. */
export type RenamedIds = ReadonlyMap<string, string>;

/** Every alias as `<collection>/<alias>` → the id of the entry that holds it now. */
export function renamedIds(input: RecordInput): RenamedIds {
  return new Map(listAliases(input).map((a) => [`${a.collection}/${a.alias}`, a.id]));
}

/**
 * Aliases that cannot work: not a slug, the same as a live entry's id (its URL would lead to
 * two pages), or claimed by two entries. Each problem names both files involved.
 */
export function checkAliases(input: RecordInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of Object.keys(input) as CollectionName[]) {
    const entries = input[collection] as Entry<unknown>[];
    const live = new Map(entries.map((e) => [e.id, e]));
    const claimed = new Map<string, Entry<unknown>>();
    for (const entry of entries) {
      aliasesOf(entry).forEach((alias, i) => {
        const at = { file: fileOf(entry, collection), field: `aliases[${i}]` };
        const holder = live.get(alias);
        const other = claimed.get(alias);
        if (!SLUG_PATTERN.test(alias)) {
          problems.push({
            ...at,
            message: `"${alias}" is not a former file name: write it in lower-case letters, digits and hyphens, without the extension`,
          });
        } else if (holder) {
          problems.push({
            ...at,
            message: `"${alias}" is the id of a live entry, ${fileOf(holder, collection)}: an alias must be an id no file has now, so remove it from one of the two`,
          });
        } else if (other && other !== entry) {
          problems.push({
            ...at,
            message: `"${alias}" is also an alias of ${fileOf(other, collection)}: an old URL can lead to only one entry, so remove it from one of the two`,
          });
        } else {
          claimed.set(alias, entry);
        }
      });
    }
  }
  return problems;
}

/** Root-relative path of an entry's page in any collection, e.g. `/events/x/`. */
export function entryPagePath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}
