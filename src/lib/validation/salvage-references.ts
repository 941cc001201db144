import type { CollectionName } from '../record/record-types.ts';

const ref = (value: unknown) => (typeof value === 'string' ? { id: value } : undefined);
const listOf = (value: unknown, key: string) =>
  Array.isArray(value) ? value.map((item: Record<string, unknown> | undefined) => ({ [key]: ref(item?.[key]) })) : [];

/**
 * The references an entry that failed its schema still names, in the shape the record's checks
 * read, so that a broken entry's missing stakeholder or source is reported along with its
 * other faults, and references to the broken entry are not reported as missing.
 */
export function salvageReferences(collection: CollectionName, data: Record<string, unknown> = {}) {
  if (collection === 'quotes') {
    return {
      speaker: ref(data.speaker),
      onBehalfOf: ref(data.onBehalfOf),
      source: ref(data.source),
      event: ref(data.event),
      claims: listOf(data.claims, 'claim'),
      variants: listOf(data.variants, 'source'),
    };
  }
  if (collection === 'stakeholders') return { affiliation: ref(data.affiliation) };
  if (collection === 'events') return { host: ref(data.host) };
  return {};
}
