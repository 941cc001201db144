import type { CollectionName } from '../../schemas/collections.ts';
import { namedReferences, REFERENCE_FIELDS } from './reference-fields.ts';

/** Sets `{ id }` at a field path as a curator reads it ("claims[1].claim"), creating what is missing. */
function setReference(data: Record<string, unknown>, field: string, id: string): void {
  const steps = field.split('.').flatMap((step) => {
    const list = /^(\w+)\[(\d+)\]$/.exec(step);
    return list ? [list[1], Number(list[2])] : [step];
  });
  let at: Record<string | number, unknown> = data;
  steps.forEach((step, i) => {
    if (i === steps.length - 1) at[step] = { id };
    else at = (at[step] ??= typeof steps[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
  });
}

/**
 * The references an entry that failed its schema still names, in the shape the record's checks
 * read, so that a broken entry's missing stakeholder or source is reported along with its
 * other faults, and references to the broken entry are not reported as missing.
 */
export function salvageReferences(collection: CollectionName, data: Record<string, unknown> = {}) {
  const salvaged: Record<string, unknown> = {};
  // Lists are always there, if empty, as in a parsed entry: the checks iterate them.
  for (const { field } of REFERENCE_FIELDS[collection]) {
    const list = /^(\w+)\[\]/.exec(field);
    if (list) salvaged[list[1]] = [];
  }
  for (const { field, id } of namedReferences(collection, data)) setReference(salvaged, field, id);
  return salvaged;
}
