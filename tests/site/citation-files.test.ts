import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');

/** Every folder of the built site holding a citation download, with its three files read. */
async function citationFolders() {
  const files = await readdir(siteDir, { recursive: true });
  const folders = files.filter((f) => path.basename(f) === 'cite.json').map((f) => path.dirname(f));
  return Promise.all(
    folders.map(async (folder) => {
      const read = (name: string) => readFile(path.join(siteDir, folder, name), 'utf8');
      const [json, bib, ris] = await Promise.all([read('cite.json'), read('cite.bib'), read('cite.ris')]);
      const [item] = JSON.parse(json) as Record<string, unknown>[];
      return { folder, item, bib, ris };
    }),
  );
}
const folders = await citationFolders();

describe('the citation files of the whole site', () => {
  it('exist for every quote, source, stakeholder and claim page', () => {
    expect(folders.length).toBeGreaterThan(40);
  });

  it('read back whole in a BibTeX parser: one entry each, with the title, address and key of the CSL-JSON', () => {
    for (const { folder, item, bib } of folders) {
      const { entries, errors } = parseBibtex(bib);
      expect(errors, folder).toEqual([]);
      expect(entries, folder).toHaveLength(1);
      expect(entries[0].key, folder).toBe(item.id);
      if (item.title) expect(entries[0].fields.title, folder).toBe(item.title);
      if (item.URL) expect(entries[0].fields.url, folder).toBe(item.URL);
    }
  });

  it('read back whole in a RIS parser, one line a value, with the title and address of the CSL-JSON', () => {
    for (const { folder, item, ris } of folders) {
      const lines = ris.split('\r\n');
      expect(lines.at(-1), folder).toBe('');
      for (const line of lines.slice(0, -1)) expect(line, folder).toMatch(/^[A-Z][A-Z0-9]  - /);
      expect(lines, folder).toContain(`ID  - ${item.id}`);
      const [read] = parseRis(ris);
      if (item.title) expect(read.title, folder).toBe(item.title);
      if (item.URL) expect(read.URL, folder).toBe(item.URL);
    }
  });

  it('give every entry its own key, so that one .bib of the whole archive has no duplicate', () => {
    // A renamed entry's old folder holds a copy of its citations: same key, same entry. Any
    // other two files sharing a key would collide in a reader's .bib.
    const urlsByKey = new Map<string, Set<string>>();
    for (const entry of parseBibtex(folders.map((f) => f.bib).join('\n')).entries) {
      const urls = urlsByKey.get(entry.key) ?? new Set<string>();
      urls.add(String(entry.fields.url ?? entry.key));
      urlsByKey.set(entry.key, urls);
    }
    const shared = [...urlsByKey].filter(([, urls]) => urls.size > 1).map(([key]) => key);
    expect(shared).toEqual([]);
    expect(urlsByKey.size).toBe(new Set(folders.map((f) => String(f.item.id))).size);
  });
});
