import type { Source } from '../../schemas/source.ts';

/** What a source is called on its page and in lists: its title, or, when none is on record, its outlet's report. */
export function sourceName(source: Pick<Source, 'title' | 'publication'>): string {
  return source.title ?? `${source.publication} report (title not recorded)`;
}
