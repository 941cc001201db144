import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';

/**
 * The `reference()` helper of `astro:content`, passed in so that schemas stay importable
 * outside an Astro build (unit tests pass a plain id schema). Its output is `{ id, collection }`.
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;
