import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html.ts';
import { readQuoteFiles, type QuoteFile } from '../helpers/content-files.ts';

const siteDir = inject('siteDir');
let quotes: QuoteFile[];
let grid: Document;

beforeAll(async () => {
  quotes = await readQuoteFiles();
  grid = await readPage(siteDir, '/claims/');
});

/**
 * Stakeholders whose every quote on some claim at one event (or tied to none) disputes it, worked
 * out from the YAML alone: each grid reads one event's words.
 */
function disputersFromContent(): string[] {
  const stances = new Map<string, Set<string>>();
  for (const q of quotes) {
    for (const who of [q.speaker, q.onBehalfOf].filter(Boolean)) {
      for (const { claim, stance } of q.claims ?? []) {
        const key = `${who} ${claim} ${q.event ?? ''}`;
        stances.set(key, (stances.get(key) ?? new Set()).add(stance));
      }
    }
  }
  return [...stances]
    .filter(([, s]) => s.size === 1 && s.has('disputes'))
    .map(([key]) => key.split(' ')[0])
    .sort();
}

describe('the stance grids on the claims page', () => {
  it('are tables with a caption, a column header per stakeholder and a row header per claim', () => {
    const tables = [...grid.querySelectorAll('.stance-grid table')];
    // The roundtable, then the words of the fixture record tied to no event.
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(visibleText(table.querySelector('caption'))).toMatch(/Stance of each stakeholder/);
      const columns = [...table.querySelectorAll('thead th[scope="col"][data-stakeholder]')];
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.querySelector('th[scope="row"] a')?.getAttribute('href')).toMatch(/^\/claims\//);
        expect(row.querySelectorAll('td')).toHaveLength(columns.length);
      }
    }
    const columns = grid.querySelectorAll('[data-event-grid="tied-to-no-event"] thead th[data-stakeholder]');
    expect([...columns].map((th) => th.getAttribute('data-stakeholder'))).toContain('facebook');
  });

  it('give a row to every claim a party speaks to, at some event or at none', () => {
    const rows = new Set(
      [...grid.querySelectorAll('.stance-grid tbody tr')].map((tr) => tr.getAttribute('data-claim')),
    );
    const argued = new Set(
      quotes.filter((q) => !/finding/.test(q.delivery)).flatMap((q) => (q.claims ?? []).map((c) => c.claim)),
    );
    expect([...rows].sort()).toEqual([...argued].sort());
  });

  it('says each stance in words and a symbol, and links to the quotes behind it', () => {
    const cell = grid.querySelector(
      'tr[data-claim="facebook-plans-jeopardise-child-protection"] td[data-stakeholder="facebook"]',
    )!;
    expect(cell.getAttribute('data-position')).toBe('disputes');
    expect(visibleText(cell)).toMatch(/✗ Disputes/);
    expect(cell.querySelector('a')?.getAttribute('href')).toBe('/quotes/facebook-no-place-on-our-platforms/');
    for (const filled of grid.querySelectorAll('td:not([data-position="none"])')) {
      expect(visibleText(filled)).toMatch(/^[✓✗~±] (Supports|Disputes|Qualifies|Mixed)/);
      expect(filled.querySelector('a[href^="/quotes/"]')).not.toBeNull();
    }
  });

  it('says “not on record” to screen readers where a cell is empty', () => {
    const empty = grid.querySelector('td[data-position="none"]')!;
    expect(visibleText(empty)).toBe('Not on record');
  });

  it('are reached from the home page in one click and show every stakeholder who disputes a claim', async () => {
    const home = await readPage(siteDir, '/');
    expect(home.querySelector('main a[href="/claims/#stance-grid"]')).not.toBeNull();
    expect(grid.getElementById('stance-grid')).not.toBeNull();
    const disputers = [...grid.querySelectorAll('td[data-position="disputes"]')].map((td) =>
      td.getAttribute('data-stakeholder'),
    );
    expect([...new Set(disputers)].sort()).toEqual([...new Set(disputersFromContent())].sort());
  });
});
