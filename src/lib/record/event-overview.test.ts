import { describe, expect, it } from 'vitest';
import { buildRecord, type Source } from './record.ts';
import { eventOverview, eventOverviews, eventsInOrder } from './event-overview.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const day = (iso: string) => ({ iso, precision: 'day' as const });
const event = (id: string, date?: string) => ({
  id,
  data: { name: id, summary: 's', aliases: [], ...(date ? { date: day(date) } : {}) },
});

const input = testRecordInput([
  testQuote(
    'letter',
    'a',
    [
      ['x', 'supports'],
      ['y', 'supports'],
    ],
    day('2019-10-04'),
    undefined,
    { event: 'letter', source: 'the-letter' },
  ),
  testQuote('reply', 'b', [['x', 'disputes']], day('2019-12-09'), 'c', { event: 'letter' }),
  testQuote('reply-2', 'b', [['x', 'qualifies']], day('2019-12-09'), undefined, { event: 'letter' }),
  testQuote('later', 'b', [['z', 'supports']], day('2023-12-07'), undefined, { event: 'messenger' }),
]);
const poll = testQuote('poll', 'd', [['y', 'disputes']], day('2019-11-01'), undefined, { event: 'letter' });
poll.data = { ...poll.data, delivery: 'poll-finding' as never };
input.quotes.push(poll);
const source = (id: string, kind: Source['kind'], standing: Source['standing']) => ({
  id,
  data: {
    publication: id,
    kind,
    standing,
    language: 'en',
    aliases: [],
    event: { id: 'letter', collection: 'events' as const },
  },
});
input.sources.push(
  source('copy-of-the-reply', 'statement', 'republished-copy'),
  source('copy-of-a-report', 'news-report', 'republished-copy'),
  source('the-letter', 'letter', 'primary'),
);
input.events = [event('messenger', '2023-12-07'), event('police-chiefs'), event('letter', '2019-10-04')];
const record = buildRecord(input);
const letter = eventOverview(record, record.event('letter'));

describe('an event at a glance', () => {
  it('puts events oldest first, one whose year no source prints last', () => {
    expect(eventsInOrder(record.events).map((e) => e.id)).toEqual(['letter', 'messenger', 'police-chiefs']);
    expect(eventOverviews(record).map((o) => o.event.id)).toEqual(['letter', 'messenger', 'police-chiefs']);
  });

  it('counts its quotes and sources, and names the parties’ own texts, primary sources first, then copies', () => {
    expect(letter.quoteCount).toBe(4);
    expect(letter.sources.map((s) => s.id).sort()).toEqual([
      'article',
      'copy-of-a-report',
      'copy-of-the-reply',
      'the-letter',
    ]);
    // A republished copy of a statement is the only text of it held; a copied news report is no party's text.
    expect(letter.primarySources.map((s) => s.id)).toEqual(['the-letter', 'copy-of-the-reply']);
  });

  it('names its parties, the most quoted first, a body spoken for included and a pollster not', () => {
    expect(letter.parties.map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });

  it('gives each claim argued at it, the most argued first, with the parties on each side there', () => {
    const sides = letter.claims.map((c) => [c.claim.id, c.sides.map((s) => [s.position, s.parties.map((p) => p.id)])]);
    expect(sides).toEqual([
      [
        'x',
        [
          ['supports', ['a']],
          ['disputes', ['c']],
          ['mixed', ['b']],
        ],
      ],
      ['y', [['supports', ['a']]]],
    ]);
  });

  it('reads the sides from this event’s words alone', () => {
    expect(letter.claims.map((c) => c.claim.id)).not.toContain('z');
    expect(eventOverview(record, record.event('police-chiefs'))).toMatchObject({
      quoteCount: 0,
      parties: [],
      claims: [],
    });
  });
});
