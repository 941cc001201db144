import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtureRecord } from '../helpers/paths.ts';
import { parseHTML } from 'linkedom';
import { visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const snapshotFolder = path.join(fixtureRecord, 'snapshots');

/** Collapses white space (and no-break spaces) so that a text is found however a page lays it out. */
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The body of a snapshot: every paragraph after its first line, in one run of text. */
function bodyOf(snapshot: string): string {
  return flat(
    snapshot
      .split('\n')
      .filter((line) => line.trim())
      .slice(1)
      .join(' '),
  );
}

/** What a reader or a crawler can get from a built file, as text; undefined for binary files. */
async function readableText(file: string): Promise<string | undefined> {
  if (!/\.(html|json|xml|txt|csv|js|css|bib|ris|svg|webmanifest)$/.test(file)) return undefined;
  const text = await readFile(path.join(siteDir, file), 'utf8');
  return file.endsWith('.html') ? visibleText(parseHTML(text).document.body as unknown as Element) + ' ' + text : text;
}

describe('the snapshots of the sources', async () => {
  const names = (await readdir(snapshotFolder)).filter((name) => name.endsWith('.txt'));
  const snapshots = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(path.join(snapshotFolder, name), 'utf8') })),
  );
  const built = (await readdir(siteDir, { recursive: true })).map((f) => f.split(path.sep).join('/'));

  it('are committed with the content, one per source that names one', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it('are not published: no built file bears a snapshot’s name or holds its bytes', async () => {
    const published = built.filter((file) => names.includes(path.posix.basename(file)));
    expect(published, 'snapshot files copied into the built site').toEqual([]);
    const copies: string[] = [];
    for (const file of built.filter((f) => f.endsWith('.txt'))) {
      const text = await readFile(path.join(siteDir, file), 'utf8');
      for (const s of snapshots) if (text === s.text) copies.push(`${file} is ${s.name}`);
    }
    expect(copies).toEqual([]);
  });

  it('are not published in full: no built page or data file holds the whole text of one', async () => {
    const bodies = snapshots.map((s) => ({ name: s.name, body: bodyOf(s.text) }));
    const found: string[] = [];
    for (const file of built) {
      const text = await readableText(file);
      if (text === undefined) continue;
      const readable = flat(text);
      for (const s of bodies) if (readable.includes(s.body)) found.push(`${file} holds the text of ${s.name}`);
    }
    expect(found).toEqual([]);
  });
});
