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

/** Every citable page's citation as static files: `/quotes/<id>/cite.ris`, `.bib`, `.json`. */
export const getStaticPaths = (async () => {
  const record = await loadRecord();
  return CITABLE_COLLECTIONS.flatMap((collection) =>
    record[collection].flatMap(({ id }) =>
      (Object.keys(CITATION_DOWNLOADS) as DownloadExtension[]).map((ext) => ({
        params: { collection, id, ext },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CitableCollection;
  const ext = params.ext as DownloadExtension;
  const { field, type } = CITATION_DOWNLOADS[ext];
  const citations = entryCitations(await loadRecord(), collection, params.id!, buildCitationContext);
  return new Response(citations[field], { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
