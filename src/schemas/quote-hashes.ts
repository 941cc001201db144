import { z } from 'astro/zod';

/** `content/quote-hashes.json`: for each quote id, what was recorded of its words. Written by `npm run record`. */
export function QuoteHashesSchema() {
  return z.record(
    z.string(),
    z.strictObject({
      /** SHA-256 of the quote's text, in hex. */
      hash: z.string().regex(/^[0-9a-f]{64}$/, 'hash must be 64 hex digits: run `npm run record` to rewrite the file'),
      /** How many corrections the quote had when its words were recorded. */
      corrections: z.number().int().nonnegative(),
    }),
  );
}
