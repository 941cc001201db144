import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archivePageCslItem } from './csl-item.ts';
import { formatCitations } from './format-citations.ts';
import { CitationPool } from './citation-pool.ts';

const workerFile = new URL('./citation-worker.ts', import.meta.url);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'otr-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const accessed = { iso: '2026-11-26', precision: 'day' } as const;
const page = (id: string) => archivePageCslItem(id, `Claim: ${id}`, `https://x.example/claims/${id}/`, accessed);

describe('the citation workers', () => {
  it('give the citations the main thread would, and write the downloads into every folder asked for', async () => {
    const pool = new CitationPool(workerFile, path.join(scratch, 'cache'), 2);
    const folders = [path.join(scratch, 'claims/a'), path.join(scratch, 'claims/old-a')];
    pool.prefetch([
      { key: 'claims/a', item: page('a'), downloadFolders: folders },
      { key: 'claims/b', item: page('b'), downloadFolders: [] },
    ]);
    const [a, b, late] = await Promise.all([
      pool.citations('claims/a', () => page('a')),
      pool.citations('claims/b', () => page('b')),
      pool.citations('claims/c', () => page('c')),
    ]);
    expect(a).toEqual(formatCitations(page('a')));
    expect(b).toEqual(formatCitations(page('b')));
    expect(late).toEqual(formatCitations(page('c')));
    for (const folder of folders) {
      expect(readFileSync(path.join(folder, 'cite.ris'), 'utf8')).toBe(a.ris);
      expect(readFileSync(path.join(folder, 'cite.bib'), 'utf8')).toBe(a.bibtex);
      expect(readFileSync(path.join(folder, 'cite.json'), 'utf8')).toBe(a.csljson);
    }
  });

  it('fail every waiting page with the reason when a worker cannot run', async () => {
    const missing = new URL('./no-such-worker.ts', import.meta.url);
    const pool = new CitationPool(missing, path.join(scratch, 'cache'), 1);
    await expect(pool.citations('claims/a', () => page('a'))).rejects.toThrow(/citation worker .*no-such-worker\.ts/);
    await expect(pool.citations('claims/b', () => page('b'))).rejects.toThrow(/no-such-worker/);
  });
});
