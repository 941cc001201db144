import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html.ts';
import { readQuotesOnRecord, type QuoteFile } from '../helpers/content-files.ts';

const siteDir = inject('siteDir');
let quotes: QuoteFile[];
let page: Document;

beforeAll(async () => {
  quotes = await readQuotesOnRecord();
  page = await readPage(siteDir, '/timeline/');
});

const entry = (id: string) => page.querySelector(`.timeline-entry[data-id="${id}"]`)!;

describe('the timeline', () => {
  it('holds every quote, the source and the event, grouped by year and then month', () => {
    for (const q of quotes) expect(entry(q.id), q.id).not.toBeNull();
    expect(entry('eandt-moral-duty-2021').getAttribute('data-kind')).toBe('source');
    expect(entry('nspcc-roundtable-2021-04-19').getAttribute('data-kind')).toBe('event');
    // The events at a glance come first (tests/site/debate-over-time.test.ts reads them).
    expect([...page.querySelectorAll('h2')].map(visibleText)).toEqual([
      'The events at a glance',
      '2021',
      'Date not known',
    ]);
    expect([...page.querySelectorAll('h3')].map(visibleText)).toEqual([
      '2021, month not known',
      'March 2021',
      'April 2021',
    ]);
    // Sources that print no date at all (OnTheWight; IOL, dated only by a web archive) come last.
    const undated = page.querySelector('#undated')!.parentElement!;
    expect(undated.querySelector('.timeline-entry[data-id="onthewight-2021-03"]')).not.toBeNull();
    expect(undated.querySelector('.timeline-entry[data-id="iol-2021-04-19"]')).not.toBeNull();
  });

  it('puts entries in date order, what is known only to the month first', () => {
    const dates = [...page.querySelectorAll('.timeline-entry time')].map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    // The NSPCC's release is known only to the year, March 2021 findings come before April.
    expect(dates[0]).toBe('2021');
    expect(dates.indexOf('2021-03')).toBeLessThan(dates.indexOf('2021-04'));
    expect(dates.indexOf('2021-04')).toBeLessThan(dates.indexOf('2021-04-19'));
    expect(dates.at(-1)).toBe('2021-04-20');
  });

  it('dates a quote with no date of its own by its source, as precisely as the source, and says so', () => {
    const undated = quotes.filter((q) => q.date === undefined);
    expect(undated.length).toBeGreaterThan(0);
    for (const q of undated)
      expect(visibleText(entry(q.id).querySelector('.meta')), q.id).toMatch(/ \(date of the source\)/);
    const byMonth = entry('patel-moral-duty').querySelector('.meta')!;
    expect(byMonth.querySelector('time')?.getAttribute('datetime')).toBe('2021-04');
    expect(visibleText(byMonth)).toMatch(/^April 2021 \(date of the source\)/);
    const byYear = entry('nspcc-release-tools-useless').querySelector('.meta')!;
    expect(byYear.querySelector('time')?.getAttribute('datetime')).toBe('2021');
    expect(visibleText(byYear)).toMatch(/^2021 \(date of the source\)/);
  });

  it('gives a dated quote its own day, and its words verbatim', () => {
    const remarks = entry('patel-not-acceptable');
    expect(visibleText(remarks.querySelector('.meta'))).toMatch(/^19 April 2021 · Quote/);
    const text = quotes.find((q) => q.id === 'patel-not-acceptable')!.text;
    expect(remarks.querySelector('q')?.textContent).toBe(text);
  });
});
