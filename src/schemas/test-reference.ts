import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/** Stands in for `reference()` of `astro:content` in unit tests: any id, as `{ id, collection }`. */
export const testReference: ReferenceFactory = (collection) =>
  z.string().transform((id) => ({ id, collection }));
