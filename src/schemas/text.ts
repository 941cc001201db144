import { z } from 'astro/zod';

/** A piece of text that must say something: not empty, not only white space. */
export function TextSchema(what: string) {
  return z
    .string({ error: `${what} is required and must be text` })
    .refine((s) => s.trim().length > 0, { message: `${what} is empty: write it out` });
}

/** An absolute web address; only http(s) is accepted, so no `javascript:` link can slip in. */
export const HttpUrlSchema = z
  .string({ error: 'the URL must be text' })
  .trim()
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s) && URL.canParse(s), {
    message: 'must be a full http:// or https:// address',
  });
