import { describe, expect, it } from 'vitest';
import { buildRecord } from './record.ts';
import { buildTimeline } from './timeline.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const input = testRecordInput([
  testQuote('on-the-day', 'a', [], { iso: '2021-04-19', precision: 'day' }),
  testQuote('undated', 'b', []),
  testQuote('that-year', 'c', [], { iso: '2020', precision: 'year' }),
  testQuote('in-may', 'd', [], { iso: '2021-05', precision: 'month' }),
]);
input.events = [
  { id: 'roundtable', data: { name: 'R', summary: 's', date: { iso: '2021-04-19', precision: 'day' }, aliases: [] } },
];
input.sources.push({ id: 'undated-source', data: { publication: 'P', kind: 'report', language: 'en', aliases: [] } });
const timeline = buildTimeline(buildRecord(input));
const layout = timeline.years.map((y) => ({
  year: y.year,
  months: y.months.map((m) => [m.label, m.items.map((i) => `${i.kind}:${i.entry.id}`)]),
}));

describe('the timeline', () => {
  it('groups by year and month, oldest first, with no more precision than is known', () => {
    expect(layout).toEqual([
      { year: '2020', months: [['2020, month not known', ['quote:that-year']]] },
      {
        year: '2021',
        months: [
          ['April 2021', ['source:article', 'quote:undated', 'event:roundtable', 'quote:on-the-day']],
          ['May 2021', ['quote:in-may']],
        ],
      },
    ]);
  });

  it('places a quote with no date of its own by its source’s date, and says so', () => {
    const april = timeline.years[1].months[0].items;
    expect(april.find((i) => i.entry.id === 'undated')).toMatchObject({
      kind: 'quote',
      fromSource: true,
      date: { iso: '2021-04', precision: 'month' },
    });
    expect(april.find((i) => i.entry.id === 'on-the-day')).toMatchObject({ fromSource: false });
  });

  it('keeps what has no date at all apart, at the end', () => {
    expect(timeline.undated.map((i) => i.entry.id)).toEqual(['undated-source']);
  });
});
