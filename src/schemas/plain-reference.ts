import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';

/**
 * Stands in for `reference()` of `astro:content` outside an Astro build (the content
 * validation step, the verify command, unit tests): any id, as `{ id, collection }`. Whether
 * the id exists is checked afterwards, over the whole record, by `checkRecord`.
 */
export const plainReference: ReferenceFactory = (collection) =>
  z
    .string({ error: `must be the id of an entry in ${collection}/ (its file name)` })
    .transform((id) => ({ id, collection }));
