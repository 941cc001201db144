import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html.ts';
import { readQuotesOnRecord, type QuoteFile } from '../helpers/content-files.ts';

const siteDir = inject('siteDir');
let quotes: QuoteFile[];
let grid: Document;

beforeAll(async () => {
  quotes = await readQuotesOnRecord();
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

/** Every stakeholder shown at some position, in the grids and in the words tied to no event. */
function shownAt(position: string): string[] {
  const inGrids = [...grid.querySelectorAll(`td[data-position="${position}"]`)];
  const inSides = [...grid.querySelectorAll(`.stance-grid li[data-position="${position}"] [data-stakeholder]`)];
  return [...new Set([...inGrids, ...inSides].map((el) => el.getAttribute('data-stakeholder')!))].sort();
}

describe('the stance grids on the claims page', () => {
  it('are tables with a caption, a column header per stakeholder and a row header per claim', () => {
    const tables = [...grid.querySelectorAll('.stance-grid table')];
    // The fixture record's one event, the roundtable.
    expect(tables).toHaveLength(1);
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
  });

  it('give a row to every claim a party speaks to, at some event or at none', () => {
    const rows = new Set(
      [...grid.querySelectorAll('.stance-grid [data-claim]')].map((el) => el.getAttribute('data-claim')),
    );
    const argued = new Set(
      quotes.filter((q) => !/finding/.test(q.delivery)).flatMap((q) => (q.claims ?? []).map((c) => c.claim)),
    );
    expect([...rows].sort()).toEqual([...argued].sort());
  });

  it('says each stance in words and a symbol, and links to the quotes behind it', () => {
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
    expect(shownAt('disputes')).toEqual([...new Set(disputersFromContent())].sort());
  });
});

describe('the words tied to no event, on the claims page', () => {
  const tied = () => grid.querySelector('[data-event-grid="tied-to-no-event"]')!;

  it('keep their place and their link, and list each claim with the parties on each side', () => {
    expect(grid.querySelector('.stance-grid nav a[href="#grid-tied-to-no-event"]')).not.toBeNull();
    expect(visibleText(grid.getElementById('grid-tied-to-no-event'))).toBe('Words tied to no event');
    // No party is set against every claim: only the stances taken are written out.
    expect(tied().querySelector('table')).toBeNull();
    const claim = tied().querySelector('li[data-claim="facebook-plans-jeopardise-child-protection"]')!;
    const disputes = claim.querySelector('li[data-position="disputes"]')!;
    expect(visibleText(disputes)).toMatch(/^✗ Disputes: Facebook \(quote: Child exploitation/);
    expect(disputes.querySelector('[data-stakeholder="facebook"]')?.getAttribute('href')).toBe(
      '/stakeholders/facebook/',
    );
    expect([...disputes.querySelectorAll('a[href^="/quotes/"]')].map((a) => a.getAttribute('href'))).toEqual([
      '/quotes/facebook-no-place-on-our-platforms/',
    ]);
  });

  it('link every quote tied to no event that takes a stance, under its speaker', () => {
    const linked = new Set(
      [...tied().querySelectorAll('a[href^="/quotes/"]')].map((a) => a.getAttribute('href')!.split('/')[2]),
    );
    const expected = quotes.filter((q) => !q.event && !/finding/.test(q.delivery) && (q.claims ?? []).length > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect([...linked].sort()).toEqual(expected.map((q) => q.id).sort());
  });
});
