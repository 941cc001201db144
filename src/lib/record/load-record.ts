import { getCollection } from 'astro:content';
import { checkedRecord } from './checked-record.ts';
import type { ArchiveRecord } from './record.ts';

let loaded: Promise<ArchiveRecord> | undefined;

/** The record of the content folder, built once per build and shared by every page. */
export function loadRecord(): Promise<ArchiveRecord> {
  loaded ??= (async () =>
    checkedRecord({
      sources: await getCollection('sources'),
      stakeholders: await getCollection('stakeholders'),
      claims: await getCollection('claims'),
      quotes: await getCollection('quotes'),
      events: await getCollection('events'),
    }))();
  return loaded;
}
