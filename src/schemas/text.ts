import { z } from 'astro/zod';

/** A piece of text that must say something: not empty, not only white space. */
export function TextSchema(what: string) {
  return z
    .string({ error: `${what} is required and must be text` })
    .refine((s) => s.trim().length > 0, { message: `${what} is empty: write it out` });
}

/**
 * Whether a name can be cited whole, as an organisation's or a byline's is. RIS writes every
 * name as "Family, Given", so reference managers split a name at its first comma: "Coalition
 * (letter to Apple, 2021)" would be filed under the family name "Coalition (letter to Apple".
 */
export function citableWhole(name: string): boolean {
  return !name.includes(',');
}

/** Why a name with a comma is refused, and what to write instead. */
export function commaInNameMessage(orElse = ''): string {
  return (
    `holds a comma, which reference managers reading its citation take for the break between ` +
    `family and given names: write it without one ("letter to Apple of August 2021", "Jane Doe and John Roe")${orElse}`
  );
}

/** An absolute web address; only http(s) is accepted, so no `javascript:` link can slip in. */
export const HttpUrlSchema = z
  .string({ error: 'the URL must be text' })
  .trim()
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s) && URL.canParse(s), {
    message: 'must be a full http:// or https:// address',
  });
