import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildArchiveExport, resolveReferences } from './archive-export.ts';
import type { SchemaNode } from './data-fields.ts';
import { archiveJsonSchema } from './export-schema.ts';
import { buildQuotesCsv, QUOTE_COLUMNS } from './quotes-csv.ts';
import { buildRecord } from '../record/record.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const input = testRecordInput([
  testQuote('b-quote', 'b', [['x', 'disputes']]),
  testQuote(
    'a-quote',
    'a',
    [
      ['x', 'supports'],
      ['y', 'qualifies'],
    ],
    { iso: '2021-04-19', precision: 'day' },
    'c',
    {
      event: 'roundtable',
      role: 'Home Secretary',
    },
  ),
  testQuote('c-quote', 'a', [['x', 'supports']]),
]);
input.quotes[2].data.withdrawn = {
  date: { iso: '2026-11-29', precision: 'day' },
  reason: 'Recorded twice.',
  replacedBy: { id: 'a-quote', collection: 'quotes' },
};
input.quotes[1].data.text = 'He said “no”, then, “yes”;\nand left.';
input.events = [{ id: 'roundtable', data: { name: 'The roundtable', summary: 's', aliases: [] } }];
input.stakeholders[1].data.role = 'Chief executive';
const record = buildRecord(input);
const exported = buildArchiveExport(record, 'https://example.org', '/archive/');
const schema = archiveJsonSchema('https://example.org/archive/data/archive.schema.json');

describe('the archive export', () => {
  it('validates against the JSON Schema generated from the content schemas', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(exported))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is refused by that schema when an entry has a field the schemas do not define', () => {
    const validate = new Ajv2020().compile(schema);
    const broken = structuredClone(exported);
    (broken.quotes[0] as Record<string, unknown>).speakr = 'a';
    expect(validate(broken)).toBe(false);
  });

  it('gives each entry its id and permanent address, and references as plain ids', () => {
    const quote = exported.quotes[0];
    expect(quote).toMatchObject({
      id: 'a-quote',
      permalink: 'https://example.org/archive/quotes/a-quote/',
      speaker: 'a',
      onBehalfOf: 'c',
      source: 'article',
      date: { iso: '2021-04-19', precision: 'day' },
      claims: [
        { claim: 'x', stance: 'supports' },
        { claim: 'y', stance: 'qualifies' },
      ],
      event: 'roundtable',
    });
    expect(exported.$schema).toBe('https://example.org/archive/data/archive.schema.json');
  });

  it('documents every field with the JSDoc of its schema', () => {
    const field = (node: SchemaNode | undefined, ...path: string[]): SchemaNode | undefined =>
      path.reduce<SchemaNode | undefined>((n, name) => (name === '[]' ? n?.items : n?.properties?.[name]), node);
    const quote = field(schema as SchemaNode, 'quotes', '[]');
    expect(field(quote, 'text')?.description).toMatch(/exactly as the source prints them/);
    expect(field(quote, 'claims', '[]', 'stance')?.description).toMatch(/supports, disputes or qualifies/);
    expect(field(quote, 'date', 'precision')?.description).toBe('How much of the date is known.');
  });

  it('gives a withdrawn quote apart, with when and why, and nowhere among the quotes on record', () => {
    expect(exported.quotes.map((q) => q.id)).toEqual(['a-quote', 'b-quote']);
    expect(exported.withdrawnQuotes).toEqual([
      expect.objectContaining({
        id: 'c-quote',
        permalink: 'https://example.org/archive/quotes/c-quote/',
        withdrawn: { date: { iso: '2026-11-29', precision: 'day' }, reason: 'Recorded twice.', replacedBy: 'a-quote' },
      }),
    ]);
    const validate = new Ajv2020().compile(schema);
    const misplaced = structuredClone(exported);
    misplaced.quotes.push(misplaced.withdrawnQuotes[0]);
    expect(validate(misplaced), 'a withdrawn quote among the quotes on record').toBe(false);
  });

  it('turns references into ids however deep they lie', () => {
    expect(resolveReferences({ a: [{ b: { id: 'x', collection: 'claims' } }] })).toEqual({ a: [{ b: 'x' }] });
  });
});

describe('the quotes CSV', () => {
  const rows: Record<string, string>[] = parse(buildQuotesCsv(record, 'https://example.org', '/'), {
    columns: true,
  });

  it('reads back with every quotation word for word, commas, quotation marks and line breaks kept', () => {
    expect(rows.map((r) => r.text)).toEqual(['He said “no”, then, “yes”;\nand left.', 'Words of b-quote.']);
  });

  it('holds only the quotes on record', () => {
    expect(rows.map((r) => r.id)).toEqual(['a-quote', 'b-quote']);
  });

  it('has one column per documented field, each with a meaning', () => {
    expect(Object.keys(rows[0])).toEqual(QUOTE_COLUMNS.map((c) => c.name));
    for (const column of QUOTE_COLUMNS) expect(column.meaning, column.name).toBeTruthy();
  });

  it('dates an undated quote by its source, and says so', () => {
    expect(rows[1]).toMatchObject({ date: '2021-04', date_precision: 'month', date_from_source: 'yes' });
    expect(rows[0]).toMatchObject({ claims: 'x:supports; y:qualifies', on_behalf_of: 'c' });
  });

  it('carries the event of each quote, by id and by name, empty where there is none', () => {
    expect(rows[0]).toMatchObject({ event: 'roundtable', event_name: 'The roundtable' });
    expect(rows[1]).toMatchObject({ event: '', event_name: '' });
  });

  it('gives the role the words were given in: the quote’s own, else the speaker’s throughout', () => {
    expect(rows[0].speaker_role).toBe('Home Secretary');
    expect(rows[1].speaker_role).toBe('Chief executive');
  });
});
