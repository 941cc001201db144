import { z } from 'astro/zod';

/** How much of a date is known: the E&T article, for instance, is known to the month only. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date known to a stated precision, e.g. `{ iso: '2021-04', precision: 'month' }`. */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: never more digits than are known. */
  iso: string;
  /** How much of the date is known. */
  precision: DatePrecision;
}

const FORMS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** YAML turns an unquoted `2021-04-19` into a Date at midnight UTC; give it back its text. */
function dateText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

function precisionOf(iso: string): DatePrecision | undefined {
  return DATE_PRECISIONS.find((p) => FORMS[p].test(iso));
}

function isRealDate(iso: string): boolean {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as curators write it: `2021`, `2021-04` or `2021-04-19` (the precision follows from
 * the form), or `{ value: 2021-04, precision: month }` to state the precision explicitly.
 * Refuses impossible dates, dates after `today`, and dates more precise than stated.
 */
// Every date schema made here, so that a JSON Schema of the parsed data can describe each one
// as its output `{ iso, precision }` (a transform has no JSON Schema of its own).
const partialDateSchemas = new WeakSet<object>();

/** Whether a schema is one made by PartialDateSchema. */
export function isPartialDateSchema(schema: object): boolean {
  return partialDateSchemas.has(schema);
}

export function PartialDateSchema(today: () => Date = () => new Date()) {
  const text = z.preprocess(dateText, z.string({ error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD' }).trim());
  const longForm = z.object({
    /** The date, as precise as known. */
    value: text,
    /** How much of the date is known; must match the form of `value`. */
    precision: z.enum(DATE_PRECISIONS, { error: 'precision must be year, month or day' }),
  });
  const schema = z.union([text, longForm]).transform((input, ctx): PartialDate => {
    const iso = typeof input === 'string' ? input : input.value;
    const form = precisionOf(iso);
    if (!form) {
      ctx.addIssue({
        code: 'custom',
        message: `"${iso}" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD, with no more precision than is known`,
      });
      return z.NEVER;
    }
    const stated = typeof input === 'string' ? form : input.precision;
    if (stated !== form) {
      ctx.addIssue({
        code: 'custom',
        message: `"${iso}" is written to the ${form} but its precision is "${stated}": write only the digits that are known (${stated === 'year' ? 'YYYY' : 'YYYY-MM'})`,
      });
      return z.NEVER;
    }
    if (!isRealDate(iso)) {
      ctx.addIssue({ code: 'custom', message: `"${iso}" is not a real calendar date` });
      return z.NEVER;
    }
    if (iso > today().toISOString().slice(0, iso.length)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${iso}" is in the future: the record only holds what has been said`,
      });
      return z.NEVER;
    }
    return { iso, precision: form };
  });
  partialDateSchemas.add(schema);
  return schema;
}
