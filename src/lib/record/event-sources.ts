import type { ArchiveRecord, Entry, Source } from './record.ts';

/**
 * The sources of an event: those that report it or give its background (their `event`), and
 * those its quotes are taken from or were also printed by, each once, in record order.
 */
export function sourcesOfEvent(record: Pick<ArchiveRecord, 'sources' | 'quotesAt'>, eventId: string): Entry<Source>[] {
  const ids = new Set<string>();
  for (const quote of record.quotesAt(eventId)) {
    ids.add(quote.data.source.id);
    for (const variant of quote.data.variants) ids.add(variant.source.id);
  }
  return record.sources.filter((s) => s.data.event?.id === eventId || ids.has(s.id));
}
