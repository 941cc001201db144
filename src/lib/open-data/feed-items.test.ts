import { describe, expect, it } from 'vitest';
import { buildRecord } from '../record/record.ts';
import { correctionFeedItems, feedPubDate, newestFirst, quoteFeedItem } from './feed-items.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const input = testRecordInput([
  testQuote('dated', 'a', [], { iso: '2021-04-19', precision: 'day' }),
  testQuote('undated', 'b', []),
  testQuote('at-the-letter', 'c', [], { iso: '2019-12-09', precision: 'day' }, undefined, {
    event: 'letter',
    role: 'head of WhatsApp',
  }),
  testQuote('at-the-declaration', 'd', [], undefined, undefined, { event: 'declaration' }),
]);
input.stakeholders[1].data.role = 'Chief executive';
input.events = [
  {
    id: 'letter',
    data: {
      name: 'The open letter',
      summary: 's',
      date: { iso: '2019-10-04', precision: 'day' },
      until: { iso: '2019-12-09', precision: 'day' },
      aliases: [],
    },
  },
  { id: 'declaration', data: { name: 'The declaration', summary: 's', aliases: [] } },
];
const record = buildRecord(input);
const item = (id: string) =>
  quoteFeedItem(
    record,
    record.quotes.find((q) => q.id === id)!,
    'https://example.org',
    '/archive/',
  );

describe('a quote in a feed', () => {
  it('links to the quote’s permanent page under the base path', () => {
    expect(item('dated').link).toBe('https://example.org/archive/quotes/dated/');
  });

  it('carries the words verbatim, the speaker and the source', () => {
    expect(item('dated').description).toContain('A: “Words of dated.”');
    expect(item('dated').description).toContain('Source: Paper, Paper, paragraph 1.');
  });

  it('names the speaker with the role the words were given in: the quote’s own, else the speaker’s', () => {
    expect(item('at-the-letter').description).toContain('C, head of WhatsApp: “Words of at-the-letter.”');
    expect(item('undated').description).toContain('B, Chief executive: “Words of undated.”');
    expect(item('dated').description).toMatch(/^A: /);
  });

  it('names the event the words belong to, with its dates, or says its year is not printed', () => {
    expect(item('at-the-letter').description).toContain('Event: The open letter, 4 October 2019 to 9 December 2019.');
    expect(item('at-the-declaration').description).toContain('Event: The declaration, year not printed.');
    expect(item('dated').description).not.toContain('Event:');
  });

  it('gives a day-precise quote a pubDate on that day', () => {
    expect(item('dated').pubDate?.toISOString()).toBe('2021-04-19T00:00:00.000Z');
  });

  it('gives no pubDate to a quote dated only to the month, and says the month in words', () => {
    expect(item('undated').pubDate).toBeUndefined();
    expect(item('undated').description).toContain('April 2021 (date of the source).');
    expect(item('undated').description).not.toMatch(/\b1 April/);
  });

  it('never invents a day for a month or a year', () => {
    expect(feedPubDate({ iso: '2021-04', precision: 'month' })).toBeUndefined();
    expect(feedPubDate({ iso: '2021', precision: 'year' })).toBeUndefined();
    expect(feedPubDate(undefined)).toBeUndefined();
  });

  it('orders items newest first', () => {
    expect(newestFirst([item('undated'), item('dated')]).map((i) => i.link)).toEqual([
      'https://example.org/archive/quotes/dated/',
      'https://example.org/archive/quotes/undated/',
    ]);
  });
});

describe('a correction in a feed', () => {
  const corrected = testQuote('fixed', 'a', [], { iso: '2021-04-19', precision: 'day' });
  corrected.data.corrections = [
    {
      field: 'text',
      date: { iso: '2026-11-20', precision: 'day' },
      changed: '“acceptible” corrected to “acceptable”',
      reason: 'typing error',
    },
    {
      field: 'outlets',
      date: { iso: '2026-11', precision: 'month' },
      changed: 'DIGIT removed',
      reason: 'DIGIT prints only the first passage',
    },
  ] as never;
  const withCorrections = buildRecord(testRecordInput([corrected]));
  const items = correctionFeedItems(withCorrections, withCorrections.quotes[0], 'https://example.org', '/');

  it('is an item of its own for each correction, linking to it on the quote page', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/quotes/fixed/#correction-1',
      'https://example.org/quotes/fixed/#correction-2',
    ]);
  });

  it('is titled by what it corrected: the words, or the outlets that printed them', () => {
    expect(items.map((i) => i.title)).toEqual([
      'Correction to the words: A: “Words of fixed.”',
      'Correction to the outlets that printed it: A: “Words of fixed.”',
    ]);
    expect(items[0].description).toMatch(/^Correction to the words, 20 November 2026: “acceptible” corrected/);
    expect(items[0].description).toContain('The quotation now reads: “Words of fixed.”');
    expect(items[1].description).toMatch(/^Correction to the outlets that printed it, November 2026: DIGIT removed/);
  });

  it('says what changed and why, and dates the item by the correction, never inventing a day', () => {
    expect(items[0].description).toContain('“acceptible” corrected to “acceptable”');
    expect(items[0].description).toContain('Why: typing error');
    expect(items[0].pubDate?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(items[1].pubDate).toBeUndefined();
  });

  it('comes before the older quote it corrects, newest first', () => {
    const quoteItem = quoteFeedItem(withCorrections, withCorrections.quotes[0], 'https://example.org', '/');
    expect(newestFirst([quoteItem, ...items]).map((i) => i.link)[2]).toBe(quoteItem.link);
  });
});
