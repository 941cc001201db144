import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '../../../lib/load-record';
import { buildCitationContext } from '../../../lib/citation/build-context';
import {
  CITABLE_COLLECTIONS,
  CITATION_DOWNLOADS,
  entryCitations,
  type CitableCollection,
  type DownloadExtension,
} from '../../../lib/citation/entry-citation';

/**
 * Every citable page's citation as static files: `/quotes/<id>/cite.ris`, `.bib`, `.json`.
 * A renamed entry's old id serves the same files, so published download links keep working.
 */
export const getStaticPaths = (async () => {
  const record = await loadRecord();
  const citable = new Set<string>(CITABLE_COLLECTIONS);
  const ids = [
    ...CITABLE_COLLECTIONS.flatMap((collection) => record[collection].map(({ id }) => ({ collection, slug: id, id }))),
    ...record.aliases
      .filter((a) => citable.has(a.collection))
      .map((a) => ({ collection: a.collection as CitableCollection, slug: a.alias, id: a.id })),
  ];
  return ids.flatMap(({ collection, slug, id }) =>
    (Object.keys(CITATION_DOWNLOADS) as DownloadExtension[]).map((ext) => ({
      params: { collection, id: slug, ext },
      props: { id },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const collection = params.collection as CitableCollection;
  const ext = params.ext as DownloadExtension;
  const { field, type } = CITATION_DOWNLOADS[ext];
  const citations = entryCitations(await loadRecord(), collection, props.id as string, buildCitationContext);
  return new Response(citations[field], { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
