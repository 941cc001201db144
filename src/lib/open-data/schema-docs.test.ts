import { describe, expect, it } from 'vitest';
import { readSchemaDocs } from './schema-docs.ts';

const source = `
import { z } from 'astro/zod';
/** A thing on record. */
export function ThingSchema() {
  return z.strictObject({
    /** What it is called,
     *  across two lines. */
    name: z.string(),
    undocumented: z.number(),
  });
}
/** A pair. */
export interface Pair {
  /** The left one. */
  left: string;
}
`;

describe('reading field meanings from schema JSDoc', () => {
  const docs = readSchemaDocs(source);

  it('takes each factory’s and each field’s JSDoc, white space collapsed', () => {
    expect(docs.ThingSchema).toEqual({
      doc: 'A thing on record.',
      fields: { name: 'What it is called, across two lines.' },
    });
  });

  it('reads interfaces too', () => {
    expect(docs.Pair).toEqual({ doc: 'A pair.', fields: { left: 'The left one.' } });
  });
});
