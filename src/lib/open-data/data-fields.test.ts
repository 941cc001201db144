import { describe, expect, it } from 'vitest';
import { listDataFields, type SchemaNode } from './data-fields.ts';
import { archiveJsonSchema } from './export-schema.ts';

const schema = archiveJsonSchema('https://example.org/data/archive.schema.json') as SchemaNode;
const quoteFields = listDataFields(schema.properties!.quotes.items!);
const field = (path: string) => quoteFields.find((f) => f.path === path);

describe('the documented fields of the export', () => {
  it('lists every field of a quote with its meaning from the schema', () => {
    expect(field('text')).toMatchObject({ type: 'string', required: true });
    expect(field('text')!.meaning).toMatch(/exactly as the source prints them/);
    expect(field('speaker')).toMatchObject({ type: 'id', required: true });
    expect(field('event')).toMatchObject({ required: false });
  });

  it('lists nested fields with their path, and the values an enumerated field may take', () => {
    expect(field('claims')).toMatchObject({ type: 'list of object' });
    expect(field('claims[].stance')).toMatchObject({ type: 'one of: supports, disputes, qualifies' });
    expect(field('date.precision')!.meaning).toBe('How much of the date is known.');
  });

  it('leaves no field of any collection without a meaning', () => {
    for (const collection of ['sources', 'stakeholders', 'claims', 'quotes', 'events']) {
      for (const f of listDataFields(schema.properties![collection].items!)) {
        expect(f.meaning, `${collection}.${f.path}`).not.toBe('');
      }
    }
  });
});
