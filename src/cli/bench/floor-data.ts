import { COLLECTIONS } from '../../schemas/collections.ts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';

/** One content file as the floor reads it: id, frontmatter or YAML data, and Markdown body. */
export interface FloorEntry {
  id: string;
  data: Record<string, any>;
  body: string;
}

async function readFolder(dir: string): Promise<FloorEntry[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      const id = name.replace(/\.[^.]+$/, '');
      if (!name.endsWith('.mdx') && !name.endsWith('.md')) return { id, data: load(text) as any, body: '' };
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      return { id, data: load(front) as any, body };
    }),
  );
}

/** The archive as plain maps and lists, with the same groupings the site's record computes. */
export async function loadFloorData(contentDir: string) {
  const [sources, stakeholders, claims, quotes, events] = await Promise.all(
    COLLECTIONS.map((c) => readFolder(path.join(contentDir, c))),
  );
  const byId = (list: FloorEntry[]) => new Map(list.map((e) => [e.id, e]));
  const group = (keys: (q: FloorEntry) => string[]) => {
    const map = new Map<string, FloorEntry[]>();
    for (const quote of quotes) {
      for (const key of keys(quote)) {
        const list = map.get(key);
        if (list) list.push(quote);
        else map.set(key, [quote]);
      }
    }
    return map;
  };
  const dateOf = (quote: FloorEntry): string => String(quote.data.date ?? '');
  quotes.sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id));
  return {
    sources,
    stakeholders,
    claims,
    events,
    quotes,
    source: byId(sources),
    stakeholder: byId(stakeholders),
    claim: byId(claims),
    event: byId(events),
    quotesBy: group((q) => [q.data.speaker, q.data.onBehalfOf].filter(Boolean)),
    quotesOn: group((q) => q.data.claims.map((c: any) => c.claim)),
    quotesFrom: group((q) => [q.data.source]),
    quotesAt: group((q) => (q.data.event ? [q.data.event] : [])),
  };
}

export type FloorData = Awaited<ReturnType<typeof loadFloorData>>;
