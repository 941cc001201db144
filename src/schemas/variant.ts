import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';
import { TextSchema } from './text';

/** The same words as printed by another source, in that source's own wording. */
export function VariantSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** The other source that printed the words (a source id). */
    source: reference('sources'),
    /** The words exactly as that source prints them. */
    text: TextSchema('variants[].text'),
    /** Paragraph of that source the words stand in, counting from 1 after the headline; omit when not known. */
    paragraph: z
      .number({ error: 'paragraph must be a whole number, counting from 1 after the headline' })
      .int('paragraph must be a whole number')
      .positive('paragraph counts from 1')
      .optional(),
  });
}

export type Variant = z.output<ReturnType<typeof VariantSchema>>;
