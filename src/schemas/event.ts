import { z } from 'astro/zod';
import { AliasesSchema } from './aliases.ts';
import { PartialDateSchema } from './partial-date.ts';
import type { ReferenceFactory } from './reference.ts';
import { TextSchema } from './text.ts';

/** Something that happened at a time, where remarks were made: one YAML file in `content/events/`. */
export function EventSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** What it was, in our own words, e.g. "NSPCC roundtable on end-to-end encryption". */
    name: TextSchema('name'),
    /** When it took place, to the precision known; omit when no source prints the year. */
    date: PartialDateSchema().optional(),
    /** When it ended, for an event that ran over weeks or years (a proposal and its dispute). */
    until: PartialDateSchema().optional(),
    /** Who held it; omit when not known. */
    host: reference('stakeholders').optional(),
    /** One or two sentences in our own words about what happened there. */
    summary: TextSchema('summary'),
    /** Former ids of this entry, whose URLs redirect here (see AliasesSchema). */
    aliases: AliasesSchema(),
  });
}

export type RecordEvent = z.output<ReturnType<typeof EventSchema>>;
