import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { secondEventBuild } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';

// The fixture record with an invented company's plan laid over it (tests/fixtures/second-event/):
// Chatterbox supports scanning on the phone in 2019 and disputes it in 2023.
let outDir: string;

beforeAll(async () => {
  const build = await secondEventBuild();
  expect(build.code, build.output).toBe(0);
  outDir = build.outDir;
}, 300_000);

const page = (address: string) => readPage(outDir, address);
const hrefs = (node: Element | null | undefined, selector = 'a') =>
  [...(node?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute('href'));
const SCANNING = 'on-device-scanning-protects-privacy';

describe('a party’s positions over time, on its page', () => {
  it('draws a line through time for each claim, each point a quote with its date and stance, oldest first', async () => {
    const line = (await page('/stakeholders/chatterbox/')).getElementById(`position-${SCANNING}`)!;
    const points = [...line.querySelectorAll('.position-line > li')];
    expect(points.map((p) => p.getAttribute('data-quote'))).toEqual([
      'chatterbox-checks-on-the-phone',
      'rivers-nothing-leaves-the-phone',
      'chatterbox-once-promised',
      'chatterbox-no-longer-checks',
      'rivers-scanning-was-a-mistake',
    ]);
    expect(points.map((p) => p.getAttribute('data-point-stance'))).toEqual([
      'supports',
      'supports',
      'supports',
      'disputes',
      'disputes',
    ]);
    expect(visibleText(points[0])).toMatch(/^6 March 2019 ✓ Supports “Checking photos on the phone/);
    expect(points[0].querySelector('time')?.getAttribute('datetime')).toBe('2019-03-06');
    expect(hrefs(points[1])).toEqual(['/quotes/rivers-nothing-leaves-the-phone/']);
  });

  it('says plainly where the party changed position, counting words given on its behalf', async () => {
    const line = (await page('/stakeholders/chatterbox/')).getElementById(`position-${SCANNING}`)!;
    expect(line.getAttribute('data-changed')).toBe('yes');
    expect(visibleText(line.querySelector('[data-position-sentence]'))).toBe(
      'Supported this from March 2019 to November 2019; disputed it from December 2023. Words with no date of their own, which may be older: 1 quote supports it (printed December 2023).',
    );
  });

  it('says a point is dated by its source, and never takes such words for a change', async () => {
    const line = (await page('/stakeholders/chatterbox/')).getElementById(`position-${SCANNING}`)!;
    const recalled = line.querySelector('[data-quote="chatterbox-once-promised"]')!;
    expect(recalled.getAttribute('data-date-basis')).toBe('source');
    expect(visibleText(recalled)).toMatch(/^7 December 2023 \(date of the source\) ✓ Supports/);
    expect(visibleText(line.querySelector('[data-position-sentence]'))).not.toMatch(
      /supported it again|supported it from December/,
    );
  });

  it('says so when a party kept its position', async () => {
    const doc = await page('/stakeholders/chatterbox/');
    const kept = doc.getElementById('position-e2e-keeps-people-safe')!;
    expect(kept.getAttribute('data-changed')).toBe('no');
    expect(visibleText(kept.querySelector('[data-position-sentence]'))).toBe(
      'Supported this in both quotes on record (March 2019 to December 2023), with no change of position.',
    );
    const facebook = (await page('/stakeholders/facebook/')).querySelector('[data-position-sentence]');
    expect(visibleText(facebook)).toMatch(/in its one quote on record \(printed April 2021\)\.$/);
  });

  it('gives each quote the role its speaker held on the date of the words', async () => {
    const doc = await page('/stakeholders/chatterbox/');
    const card = (id: string) => visibleText(doc.querySelector(`.card[data-quote="${id}"] .meta`));
    expect(card('rivers-nothing-leaves-the-phone')).toMatch(
      /^Dana Rivers, Head of privacy at Chatterbox · November 2019/,
    );
    expect(card('rivers-scanning-was-a-mistake')).toMatch(
      /^Dana Rivers, Chief executive of Chatterbox · 7 December 2023/,
    );
    const own = await page('/stakeholders/dana-rivers/');
    expect(visibleText(own.querySelector('.card[data-quote="rivers-nothing-leaves-the-phone"] .meta'))).toMatch(
      /^Head of privacy at Chatterbox · November 2019/,
    );
    expect(visibleText(own.querySelector('[data-position-sentence]'))).toBe(
      'Supported this in November 2019; disputed it from December 2023.',
    );
  });
});

describe('a claim’s page, year by year', () => {
  it('shows who was on which side in each year, each party linked to its line on the claim', async () => {
    const table = (await page(`/claims/${SCANNING}/`)).querySelector('[data-sides-by-year] table')!;
    const cell = (year: string, side: string) =>
      [...table.querySelectorAll(`tr[data-year="${year}"] td[data-side="${side}"] a`)].map((a) =>
        a.getAttribute('data-stakeholder'),
      );
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-year'))).toEqual(['2019', '2023']);
    expect(cell('2019', 'supports')).toEqual(['chatterbox', 'dana-rivers']);
    expect(cell('2019', 'disputes')).toEqual([]);
    expect(cell('2023', 'disputes')).toEqual(['chatterbox', 'dana-rivers']);
    expect(cell('2023', 'qualifies')).toEqual(['children-first']);
    expect(hrefs(table.querySelector('tr[data-year="2019"] td[data-side="supports"]'))[0]).toBe(
      `/stakeholders/chatterbox/#position-${SCANNING}`,
    );
  });

  it('marks a party placed in a year only by the date of the source that prints its words', async () => {
    const table = (await page(`/claims/${SCANNING}/`)).querySelector('[data-sides-by-year] table')!;
    expect(visibleText(table.querySelector('tr[data-year="2023"] td[data-side="supports"]'))).toBe(
      'Chatterbox (source’s date)',
    );
  });
});

describe('the debate at a glance', () => {
  for (const address of ['/', '/timeline/']) {
    it(`${address} lists the events in order, each with its date, primary text, parties and claims, linked`, async () => {
      const events = [...(await page(address)).querySelectorAll('.event-glance > li')];
      expect(events.map((e) => e.getAttribute('data-event'))).toEqual([
        'chatterbox-encryption-plan',
        'nspcc-roundtable-2021-04-19',
        'children-first-letter',
      ]);
      const [plan, , letter] = events;
      expect(visibleText(plan.querySelector('p'))).toBe(
        'Chatterbox’s plan to encrypt its messages, from announcement to turn · 6 March 2019 to 7 December 2023',
      );
      expect(visibleText(letter.querySelector('p'))).toBe(
        'Children First’s open letter to Chatterbox · year not printed',
      );
      expect(hrefs(plan.querySelector('p'))).toEqual(['/events/chatterbox-encryption-plan/']);
      expect(hrefs(plan.querySelector('[data-primary]'))).toEqual(['/sources/chatterbox-plan-2019/']);
      expect(hrefs(plan.querySelector('[data-parties]'))).toEqual([
        '/stakeholders/chatterbox/',
        '/stakeholders/dana-rivers/',
        '/stakeholders/children-first/',
      ]);
      expect(hrefs(plan.querySelector('[data-claims]'))).toEqual([
        `/claims/${SCANNING}/`,
        '/claims/e2e-keeps-people-safe/',
      ]);
    });
  }

  it('takes a reader from / to any event, its primary text and the parties on each side in two clicks', async () => {
    const home = await page('/');
    for (const item of home.querySelectorAll('.event-glance > li')) {
      const eventPage = hrefs(item.querySelector('p'))[0]!;
      const event = await page(eventPage);
      expect(event.querySelector('h1'), eventPage).not.toBeNull();
      const primary = hrefs(event.querySelector('dl.facts [data-primary]'));
      if (item.getAttribute('data-event') === 'chatterbox-encryption-plan')
        expect(primary).toEqual(['/sources/chatterbox-plan-2019/']);
      for (const party of hrefs(event.querySelector('#sides')?.parentElement, '[data-position] a')) {
        expect((await page(party!)).querySelector('h1'), party!).not.toBeNull();
      }
    }
    const sides = (await page('/events/chatterbox-encryption-plan/')).querySelector('#sides')!.parentElement!;
    const side = (position: string) =>
      [...sides.querySelectorAll(`[data-claim="${SCANNING}"] [data-position="${position}"] a`)].map((a) =>
        a.getAttribute('data-stakeholder'),
      );
    // Both spoke for the plan in 2019 and against it in 2023, at this one event.
    expect(side('mixed')).toEqual(['dana-rivers', 'chatterbox']);
    expect(side('qualifies')).toEqual(['children-first']);
    expect(side('disputes')).toEqual([]);
  });

  it('makes /events/ an index: dates, host, summary, counts, primary texts and sides of each event, oldest first', async () => {
    const doc = await page('/events/');
    const entries = [...doc.querySelectorAll('.event-entry')];
    expect(entries.map((e) => e.getAttribute('data-event'))).toEqual([
      'chatterbox-encryption-plan',
      'nspcc-roundtable-2021-04-19',
      'children-first-letter',
    ]);
    const plan = entries[0];
    expect(visibleText(plan.querySelector('[data-dates]'))).toBe('6 March 2019 to 7 December 2023');
    expect(hrefs(plan.querySelector('[data-host]'))).toEqual(['/stakeholders/chatterbox/']);
    expect(visibleText(plan.querySelector('[data-counts]'))).toBe('6 quotes from 3 sources');
    expect(hrefs(plan.querySelector('[data-primary]'))).toEqual(['/sources/chatterbox-plan-2019/']);
    expect(visibleText(plan)).toContain('announced that it would encrypt its messages');
    expect(
      plan.querySelector(
        `.event-sides [data-claim="${SCANNING}"] [data-position="qualifies"] a[href="/stakeholders/children-first/"]`,
      ),
    ).not.toBeNull();
    expect(visibleText(entries[2].querySelector('[data-dates]'))).toBe('year not printed');
    // The letter is held only as another site's copy, which is its primary text, and says what it is.
    expect(visibleText(entries[2].querySelector('[data-primary]'))).toBe(
      'Open letter to Chatterbox (republished copy of a letter)',
    );
    expect(hrefs(entries[2].querySelector('[data-primary]'))).toEqual(['/sources/children-first-letter-copy/']);
  });
});

describe('the claims list and the stance grids, with more than one event', () => {
  it('gives one grid per event, oldest first, then the words tied to no event, each reached by an in-page link', async () => {
    const doc = await page('/claims/');
    const grids = [...doc.querySelectorAll('[data-event-grid]')].map((g) => g.getAttribute('data-event-grid'));
    expect(grids).toEqual([
      'chatterbox-encryption-plan',
      'nspcc-roundtable-2021-04-19',
      'children-first-letter',
      'tied-to-no-event',
    ]);
    expect(hrefs(doc.querySelector('.stance-grid nav'))).toEqual(grids.map((g) => `#grid-${g}`));
    for (const g of grids) expect(doc.getElementById(`grid-${g}`), g!).not.toBeNull();
  });

  it('fills an event’s grid from that event’s words alone', async () => {
    const plan = (await page('/claims/')).querySelector('[data-event-grid="chatterbox-encryption-plan"]')!;
    expect(hrefs(plan.querySelector('thead'))).toEqual([
      '/stakeholders/dana-rivers/',
      '/stakeholders/children-first/',
      '/stakeholders/chatterbox/',
    ]);
    const cell = plan.querySelector(`tr[data-claim="${SCANNING}"] td[data-stakeholder="chatterbox"]`)!;
    expect(cell.getAttribute('data-position')).toBe('mixed');
    expect(plan.querySelector('[data-stakeholder="facebook"]')).toBeNull();
  });

  it('groups the claims by the year each is first on record', async () => {
    const doc = await page('/claims/');
    const headings = [...doc.querySelectorAll('#each-claim ~ section > h3')].map(visibleText);
    // Three claims of the fixture record have no quote at all.
    expect(headings).toEqual(['First on record in 2019', 'First on record in 2021', 'No year on record']);
    const of2019 = doc.getElementById('claims-2019')!.parentElement!;
    expect([...of2019.querySelectorAll('.card')].map((c) => c.getAttribute('data-claim')).sort()).toEqual([
      'e2e-keeps-people-safe',
      SCANNING,
    ]);
    expect(visibleText(of2019.querySelector(`.card[data-claim="${SCANNING}"] [data-years]`))).toBe(
      'On record in 2019 and 2023',
    );
  });
});

describe('the event of each quote in the open data and the feeds', () => {
  it('is in quotes.csv by id and by name, documented on /about/data/', async () => {
    const rows: Record<string, string>[] = parse(await readFile(path.join(outDir, 'data/quotes.csv'), 'utf8'), {
      columns: true,
    });
    const row = rows.find((r) => r.id === 'rivers-scanning-was-a-mistake')!;
    expect(row).toMatchObject({
      event: 'chatterbox-encryption-plan',
      event_name: 'Chatterbox’s plan to encrypt its messages, from announcement to turn',
      speaker_role: 'Chief executive of Chatterbox',
    });
    const about = await page('/about/data/');
    for (const column of ['event', 'event_name', 'speaker_role']) {
      expect(visibleText(about.querySelector(`[data-column="${column}"] td`)), column).not.toBe('');
    }
  });

  it('is in archive.json', async () => {
    const archive = JSON.parse(await readFile(path.join(outDir, 'data/archive.json'), 'utf8'));
    expect(archive.quotes.find((q: { id: string }) => q.id === 'chatterbox-no-longer-checks').event).toBe(
      'chatterbox-encryption-plan',
    );
  });

  it('is in the feeds, with the role the words were given in', async () => {
    const xml = await readFile(path.join(outDir, 'stakeholders/chatterbox/feed.xml'), 'utf8');
    const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item as {
      link: string;
      description: string;
    }[];
    const item = items.find((i) => i.link.endsWith('/quotes/rivers-scanning-was-a-mistake/'))!;
    expect(item.description).toContain(
      'Dana Rivers, Chief executive of Chatterbox: “Scanning on the phone was a mistake',
    );
    expect(item.description).toContain(
      'Event: Chatterbox’s plan to encrypt its messages, from announcement to turn, 6 March 2019 to 7 December 2023.',
    );
  });
});

describe('the pages of the debate over years, without JavaScript', () => {
  it('ship no script of their own: each carries only what every page of the archive does', async () => {
    const scripts = async (address: string) =>
      [...(await page(address)).querySelectorAll('script')]
        .map((s) => s.getAttribute('src') ?? s.getAttribute('type'))
        .sort();
    const everyPage = await scripts('/about/');
    for (const address of ['/', '/timeline/', '/events/', '/claims/', '/events/chatterbox-encryption-plan/']) {
      expect(await scripts(address), address).toEqual(everyPage);
    }
  });
});

describe('a republished copy of a primary text', () => {
  it('is labelled by what it copies, never as a copy of a report', async () => {
    const doc = await page('/sources/children-first-letter-copy/');
    expect(visibleText(doc.querySelector('[data-standing]'))).toBe('republished copy of a letter');
    expect(visibleText(doc.querySelector('main'))).not.toMatch(/copy of a report/);
  });
});
