import { describe, expect, it } from 'vitest';
import { quoteFeedItem } from '../open-data/feed-items.ts';
import { findOtherSide } from './other-side.ts';
import { buildRecord } from './record.ts';
import { quoteSearchEntry } from '../search/search-entry.ts';
import { findAlignments } from './stakeholder-alignment.ts';
import { stanceOverview } from './stance-grid.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const ref = (collection: string, id: string) => ({ id, collection });

// Stakeholder d runs a poll that c releases; a and b take sides on claim x.
const poll = testQuote('poll', 'd', [
  ['x', 'supports'],
  ['y', 'disputes'],
]);
poll.data = { ...poll.data, delivery: 'poll-finding' as never, releasedBy: ref('stakeholders', 'c') } as never;
const study = testQuote('study', 'c', [['x', 'qualifies']]);
study.data = { ...study.data, delivery: 'study-finding' as never };
const record = buildRecord(
  testRecordInput([
    testQuote('for', 'a', [['x', 'supports']]),
    testQuote('against', 'b', [['x', 'disputes']]),
    poll,
    study,
  ]),
);

describe('a poll or study finding is evidence, not a position', () => {
  it('gives the one who ran a finding no position on the claim it bears on', () => {
    expect(record.stancesOf('d')).toEqual([]);
    expect(
      record
        .stancesOn('x')
        .map((s) => s.stakeholder.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('keeps the findings on a claim, and on the pages of who ran and who released them', () => {
    expect(
      record
        .findingsOn('x')
        .map((q) => q.id)
        .sort(),
    ).toEqual(['poll', 'study']);
    expect(record.findingsBy('d').map((q) => q.id)).toEqual(['poll']);
    expect(
      record
        .findingsBy('c')
        .map((q) => q.id)
        .sort(),
    ).toEqual(['poll', 'study']);
  });

  it('leaves a pollster out of the sides taken on each claim', () => {
    const [sides] = stanceOverview(record).tiedToNoEvent;
    expect(sides.sides.flatMap((s) => s.parties.map((p) => p.id)).sort()).toEqual(['a', 'b']);
    expect(sides.stances.map((s) => s.stakeholder.id)).not.toContain('d');
  });

  it('does not count a finding as agreeing or disagreeing with anyone', () => {
    const { agreeMost, disagreeMost } = findAlignments(record, 'a');
    expect(agreeMost.map((a) => a.stakeholder.id)).toEqual([]);
    expect(disagreeMost.map((a) => a.stakeholder.id)).toEqual(['b']);
    expect(findAlignments(record, 'd')).toEqual({ agreeMost: [], disagreeMost: [] });
  });

  it('does not answer a party with a finding on the other side', () => {
    const answers = findOtherSide(record, record.quote('for'))[0].answers;
    expect(answers.flatMap((a) => a.quotes.map((q) => q.id))).toEqual(['against']);
  });

  it('files a finding under no stance in search', () => {
    expect(quoteSearchEntry(record, record.quote('poll')).filters.stance).toEqual([]);
    expect(quoteSearchEntry(record, record.quote('for')).filters.stance).toEqual([
      { slug: 'supports', label: 'Supports' },
    ]);
  });

  it('says in a feed who ran and who released a finding, never that it supports or disputes a claim', () => {
    const item = quoteFeedItem(record, record.quote('poll'), 'https://example.org', '/');
    expect(item.description).toContain('Run by D; released by C.');
    expect(item.description).not.toMatch(/support|disput/i);
  });
});
