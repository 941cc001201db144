import type { CollectionName } from '../../schemas/collections.ts';

/**
 * Every field of an entry that names another entry, and the collection it names: the one list
 * that both the record's reference check and the salvage of a broken entry read. `[]` marks a
 * list, whose items each name one entry.
 */
export const REFERENCE_FIELDS: Record<CollectionName, { field: string; to: CollectionName }[]> = {
  quotes: [
    { field: 'speaker', to: 'stakeholders' },
    { field: 'onBehalfOf', to: 'stakeholders' },
    { field: 'source', to: 'sources' },
    { field: 'event', to: 'events' },
    { field: 'releasedBy', to: 'stakeholders' },
    { field: 'prepared.quote', to: 'quotes' },
    { field: 'withdrawn.replacedBy', to: 'quotes' },
    { field: 'claims[].claim', to: 'claims' },
    { field: 'variants[].source', to: 'sources' },
  ],
  stakeholders: [{ field: 'affiliation', to: 'stakeholders' }],
  events: [{ field: 'host', to: 'stakeholders' }],
  sources: [{ field: 'event', to: 'events' }],
  claims: [],
};

/** One reference an entry makes: the field as a curator reads it ("claims[1].claim"), the id, the collection. */
export interface NamedReference {
  field: string;
  id: string;
  to: CollectionName;
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof (value as { id?: unknown })?.id === 'string'
      ? (value as { id: string }).id
      : undefined;

function collect(value: unknown, steps: string[], path: string, found: (path: string, id: string) => void): void {
  if (steps.length === 0) {
    const id = idOf(value);
    if (id !== undefined) found(path, id);
    return;
  }
  const [step, ...rest] = steps;
  const record = value as Record<string, unknown> | undefined;
  if (step.endsWith('[]')) {
    const name = step.slice(0, -2);
    const list = record?.[name];
    if (Array.isArray(list)) list.forEach((item, i) => collect(item, rest, `${path}${name}[${i}].`, found));
  } else {
    collect(record?.[step], rest, `${path}${step}.`, found);
  }
}

/**
 * The entries an entry's data names, in the order of REFERENCE_FIELDS. Reads a file's raw data
 * (ids as strings) and an entry's parsed data (`{ id }`) alike.
 */
export function namedReferences(collection: CollectionName, data: unknown): NamedReference[] {
  const references: NamedReference[] = [];
  for (const { field, to } of REFERENCE_FIELDS[collection]) {
    collect(data, field.split('.'), '', (path, id) => references.push({ field: path.replace(/\.$/, ''), id, to }));
  }
  return references;
}
