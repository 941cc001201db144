import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';
import { TextSchema } from './text.ts';

/**
 * How a source presents the words: as remarks released or expected in advance ("will say"),
 * or as said ("told the audience").
 */
export const PRESENTATIONS = ['in-advance', 'as-said'] as const;
export type Presentation = (typeof PRESENTATIONS)[number];

/** The same words as printed by another source, in that source's own wording. */
export function VariantSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** The other source that printed the words (a source id). */
    source: reference('sources'),
    /** The words exactly as that source prints them. */
    text: TextSchema('variants[].text'),
    /**
     * The part of the quote's text these words correspond to, copied from it exactly, when the
     * source prints only part of it (or splits it, one variant for each part); omit when the
     * words correspond to the whole quote.
     */
    passage: TextSchema('variants[].passage').optional(),
    /** Paragraph of that source the words stand in, counting from 1 after the headline; omit when not known. */
    paragraph: z
      .number({ error: 'paragraph must be a whole number, counting from 1 after the headline' })
      .int('paragraph must be a whole number')
      .positive('paragraph counts from 1')
      .optional(),
    /** How that source presents the words (see PRESENTATIONS); omit when it does not say. */
    presented: z.enum(PRESENTATIONS, { error: `presented must be one of: ${PRESENTATIONS.join(', ')}` }).optional(),
    /** A sentence on what a reader should know of this wording, in our own words. */
    note: TextSchema('variants[].note').optional(),
  });
}

export type Variant = z.output<ReturnType<typeof VariantSchema>>;
