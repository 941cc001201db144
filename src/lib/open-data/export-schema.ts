import { SLUG_PATTERN } from '../../schemas/collections.ts';
import { z } from 'astro/zod';
import { ClaimSchema, FigureSchema } from '../../schemas/claim.ts';
import { EventSchema } from '../../schemas/event.ts';
import { DATE_PRECISIONS, isPartialDateSchema } from '../../schemas/partial-date.ts';
import { PreparedTextSchema, QuoteClaimSchema, QuoteSchema } from '../../schemas/quote.ts';
import type { ReferenceFactory } from '../../schemas/reference.ts';
import { ReadFromSchema, SourceSchema } from '../../schemas/source.ts';
import { VariantSchema } from '../../schemas/variant.ts';
import { CorrectionSchema } from '../../schemas/correction.ts';
import { WithdrawalSchema } from '../../schemas/withdrawal.ts';
import { StakeholderSchema } from '../../schemas/stakeholder.ts';
import { readSchemaDocs, type SchemaDoc } from './schema-docs.ts';

const schemaFiles = import.meta.glob<string>(['../../schemas/*.ts', '!../../schemas/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The meaning of every schema and field, read once from the JSDoc in `src/schemas/`. */
export const schemaDocs: Record<string, SchemaDoc> = Object.assign(
  {},
  ...Object.values(schemaFiles).map(readSchemaDocs),
);

// In the export a reference is the plain id of the entry it points to, not `{ id, collection }`.
const idReference = (() => z.string().regex(SLUG_PATTERN)) as unknown as ReferenceFactory;

/** Fields every exported entry has besides its own. */
const ENTRY_FIELDS = {
  id: z
    .string()
    .regex(SLUG_PATTERN)
    .describe('Permanent id of the entry: its file name, and the last part of its address.'),
  permalink: z.string().describe('Permanent address of the entry’s page in the archive.'),
};

const BODY = z
  .string()
  .optional()
  .describe('The text written below the entry’s fields, as Markdown source (MDX where the entry is an .mdx file).');

/** A date as exported: the `{ iso, precision }` that every date of the record is parsed into. */
const PartialDateValue = () =>
  described(
    z.strictObject({
      iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      precision: z.enum(DATE_PRECISIONS),
    }),
    schemaDocs.PartialDate,
  );

/** Rebuilds an object schema with each field's JSDoc as its description, plus extra fields. */
function described(schema: z.ZodObject, doc: SchemaDoc | undefined, extra: z.ZodRawShape = {}): z.ZodObject {
  const shape = { ...schema.shape, ...extra };
  const fields = Object.fromEntries(
    Object.entries(shape).map(([name, field]) => {
      const meaning = doc?.fields[name];
      return [name, meaning ? field.describe(meaning) : field];
    }),
  );
  const object = z.strictObject(fields);
  return doc?.doc ? object.describe(doc.doc) : object;
}

/**
 * The shape of `/data/archive.json`, built from the content schemas themselves: references are
 * ids, dates are `{ iso, precision }`, and every entry adds its `id` and its `permalink`.
 */
export function ArchiveExportSchema() {
  const quoteClaim = described(QuoteClaimSchema(idReference), schemaDocs.QuoteClaimSchema);
  const variant = described(VariantSchema(idReference), schemaDocs.VariantSchema);
  const correction = described(CorrectionSchema(), schemaDocs.CorrectionSchema);
  const withdrawal = described(WithdrawalSchema(idReference), schemaDocs.WithdrawalSchema);
  // A quote on record has no `withdrawn`; a withdrawn one always has it.
  const quote = (extra: z.ZodRawShape) =>
    described(QuoteSchema(idReference).omit({ withdrawn: true }), schemaDocs.QuoteSchema, {
      ...ENTRY_FIELDS,
      claims: z.array(quoteClaim),
      prepared: described(PreparedTextSchema(idReference), schemaDocs.PreparedTextSchema).optional(),
      variants: z.array(variant),
      corrections: z.array(correction),
      ...extra,
    });
  return z
    .strictObject({
      $schema: z.string().describe('Address of the JSON Schema this file follows.'),
      site: z.string().describe('Address of the archive the data was exported from.'),
      sources: z.array(
        described(SourceSchema(idReference), schemaDocs.SourceSchema, {
          ...ENTRY_FIELDS,
          readFrom: described(ReadFromSchema(), schemaDocs.ReadFromSchema).optional(),
        }),
      ),
      stakeholders: z.array(
        described(StakeholderSchema(idReference), schemaDocs.StakeholderSchema, {
          ...ENTRY_FIELDS,
          body: BODY,
        }),
      ),
      claims: z.array(
        described(ClaimSchema(), schemaDocs.ClaimSchema, {
          ...ENTRY_FIELDS,
          figure: described(FigureSchema(), schemaDocs.FigureSchema).optional(),
          body: BODY,
        }),
      ),
      quotes: z.array(quote({})),
      withdrawnQuotes: z
        .array(quote({ withdrawn: withdrawal }))
        .describe(
          'Quotes taken off the record, each with every field of a quote and `withdrawn`, which says when and why: their pages stay, with the notice, for those who cited them, and they count in nothing else.',
        ),
      events: z.array(described(EventSchema(idReference), schemaDocs.EventSchema, ENTRY_FIELDS)),
    })
    .describe('Everything on record in On the Record: every entry of every collection.');
}

/** The published JSON Schema of `/data/archive.json`, generated from `ArchiveExportSchema`. */
export function archiveJsonSchema(schemaUrl: string): Record<string, unknown> {
  const exportedDate = z.toJSONSchema(PartialDateValue());
  delete exportedDate.$schema;
  return {
    ...z.toJSONSchema(ArchiveExportSchema(), {
      io: 'output',
      // Dates are parsed by a transform; in the export each is its output, `{ iso, precision }`.
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        if (!isPartialDateSchema(zodSchema)) return;
        const meaning = jsonSchema.description;
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, exportedDate, meaning ? { description: meaning } : {});
      },
    }),
    $id: schemaUrl,
    title: 'On the Record: archive export',
  };
}
