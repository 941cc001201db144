import { getCollection } from 'astro:content';
import type { CollectionName } from '../../schemas/collections.ts';
import { reusablePaths } from '../render/reused-pages.ts';
import { loadRecord } from './load-record.ts';

/**
 * The static paths of a collection's entry pages (`/quotes/<id>/`, …): one per entry, with the
 * entry as its props. The record is loaded, and so checked, first: broken content stops the
 * build before any page is rendered. A rebuild may reuse the pages (see reusablePaths).
 */
export async function entryPagePaths<C extends CollectionName>(collection: C) {
  await loadRecord();
  const entries = await getCollection(collection);
  return reusablePaths(entries.map((entry) => ({ params: { id: entry.id }, props: { entry } })));
}
