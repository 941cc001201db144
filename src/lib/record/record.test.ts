import { describe, expect, it } from 'vitest';
import { buildRecord, positionOf } from './record.ts';
import { ContentError } from '../validation/content-problem.ts';
import { checkedRecord } from './checked-record.ts';
import type { RecordInput } from './record-types.ts';

const ref = <C extends string>(collection: C, id: string) => ({ id, collection });

function record(overrides: Partial<RecordInput> = {}): RecordInput {
  return {
    sources: [
      {
        id: 'article',
        filePath: 'content/sources/article.yaml',
        data: {
          publication: 'E&T',
          kind: 'news-report',
          language: 'en',
          published: { iso: '2021-04', precision: 'month' },
        },
      },
    ],
    stakeholders: [
      { id: 'org', data: { name: 'Org', kind: 'organisation', summary: 's' } },
      {
        id: 'person',
        data: { name: 'Person', kind: 'person', summary: 's', affiliation: ref('stakeholders', 'org') },
      },
      { id: 'critic', data: { name: 'Critic', kind: 'group', summary: 's' } },
    ],
    claims: [
      { id: 'claim-a', data: { statement: 'A.', kind: 'prediction' } },
      { id: 'claim-b', data: { statement: 'B.', kind: 'prediction' } },
    ],
    quotes: [
      {
        id: 'q1',
        filePath: 'content/quotes/q1.yaml',
        data: {
          text: 'one',
          speaker: ref('stakeholders', 'person'),
          onBehalfOf: ref('stakeholders', 'org'),
          source: ref('sources', 'article'),
          paragraph: 1,
          date: { iso: '2021-04-19', precision: 'day' },
          delivery: 'spoken',
          claims: [{ claim: ref('claims', 'claim-a'), stance: 'supports' }],
        },
      },
      {
        id: 'q2',
        data: {
          text: 'two',
          speaker: ref('stakeholders', 'critic'),
          source: ref('sources', 'article'),
          paragraph: 2,
          delivery: 'paraphrase',
          claims: [{ claim: ref('claims', 'claim-a'), stance: 'disputes' }],
        },
      },
    ],
    events: [],
    ...overrides,
  } as RecordInput;
}

describe('the record', () => {
  it('derives each stakeholder’s stance on a claim from its quotes', () => {
    const r = buildRecord(record());
    expect(r.stancesOf('person').map((s) => [s.claim.id, s.position])).toEqual([['claim-a', 'supports']]);
    expect(
      r
        .stancesOn('claim-a')
        .map((s) => [s.stakeholder.id, s.position])
        .sort(),
    ).toEqual([
      ['critic', 'disputes'],
      ['org', 'supports'],
      ['person', 'supports'],
    ]);
  });

  it('counts a quote given on behalf of an organisation for the organisation too', () => {
    expect(
      buildRecord(record())
        .quotesBy('org')
        .map((q) => q.id),
    ).toEqual(['q1']);
  });

  it('calls a position mixed when one stakeholder’s quotes disagree', () => {
    expect(positionOf(['supports', 'disputes'])).toBe('mixed');
    expect(positionOf(['qualifies', 'qualifies'])).toBe('qualifies');
  });

  it('dates an undated quote by its source, and says so', () => {
    const r = buildRecord(record());
    const q2 = r.quotes.find((q) => q.id === 'q2')!;
    expect(r.quoteDate(q2)).toEqual({ date: { iso: '2021-04', precision: 'month' }, fromSource: true });
  });

  it('lists quotes newest first', () => {
    expect(buildRecord(record()).quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('puts the most contested claim first', () => {
    expect(buildRecord(record()).claimsByContest()[0].id).toBe('claim-a');
  });

  it('refuses a quote whose speaker does not exist, naming the file, field and id', () => {
    const input = record();
    input.quotes[0].data.speaker = ref('stakeholders', 'nobody');
    expect(() => checkedRecord(input)).toThrow(ContentError);
    expect(() => checkedRecord(input)).toThrow(/content\/quotes\/q1\.yaml → speaker: there is no stakeholder "nobody"/);
  });

  it('refuses a claim reference that does not exist, naming its position in the list', () => {
    const input = record();
    input.quotes[0].data.claims.push({ claim: ref('claims', 'missing'), stance: 'supports' });
    expect(() => checkedRecord(input)).toThrow(/claims\[1\]\.claim: there is no claim "missing"/);
  });

  it('refuses an affiliation cycle', () => {
    const input = record();
    input.stakeholders[0].data.affiliation = ref('stakeholders', 'person');
    expect(() => checkedRecord(input)).toThrow(/affiliation: affiliations go round in a circle/);
  });

  it('refuses a file name that is not a safe URL slug, and suggests one', () => {
    const input = record();
    input.quotes[1].id = 'Patel Speech!';
    expect(() => checkedRecord(input)).toThrow(/"Patel Speech!" cannot be a permanent URL.*patel-speech/);
  });
});

describe('a withdrawn quote', () => {
  /** The record with q1 withdrawn on the given date, sending readers to q2. */
  function withdrawing(replacedBy: string | undefined = 'q2') {
    const input = record();
    input.quotes[0].data.withdrawn = {
      date: { iso: '2026-11-29', precision: 'day' },
      reason: 'Recorded twice.',
      ...(replacedBy ? { replacedBy: ref('quotes', replacedBy) } : {}),
    };
    return input;
  }

  it('counts for no one: no list, position or claim holds it, while its own page still finds it', () => {
    const r = checkedRecord(withdrawing());
    expect(r.quotes.map((q) => q.id)).toEqual(['q2']);
    expect(r.quotesBy('person')).toEqual([]);
    expect(r.quotesBy('org')).toEqual([]);
    expect(r.quotesOn('claim-a').map((q) => q.id)).toEqual(['q2']);
    expect(r.quotesFrom('article').map((q) => q.id)).toEqual(['q2']);
    expect(r.stancesOf('person')).toEqual([]);
    expect(r.stancesOn('claim-a').map((s) => s.stakeholder.id)).toEqual(['critic']);
    expect(r.quote('q1').data.withdrawn?.reason).toBe('Recorded twice.');
    expect(r.withdrawnQuotes.map((q) => q.id)).toEqual(['q1']);
    expect(r.withdrawnBy('org').map((q) => q.id)).toEqual(['q1']);
    expect(r.withdrawnOn('claim-a').map((q) => q.id)).toEqual(['q1']);
  });

  it('refuses to send readers to itself or to another withdrawn quote', () => {
    expect(() => checkedRecord(withdrawing('q1'))).toThrow(
      /content\/quotes\/q1\.yaml → withdrawn\.replacedBy: a withdrawn quote cannot replace itself/,
    );
    const both = withdrawing();
    both.quotes[1].data.withdrawn = {
      date: { iso: '2026-11-29', precision: 'day' },
      reason: 'Not the critic’s words.',
    };
    expect(() => checkedRecord(both)).toThrow(
      /withdrawn\.replacedBy: "q2" is withdrawn too: name a quote still on record/,
    );
    expect(() => checkedRecord(withdrawing('nothing'))).toThrow(/withdrawn\.replacedBy: there is no quote "nothing"/);
  });

  it('may not hold the advance text of a quote still on record', () => {
    const input = withdrawing(undefined);
    input.quotes[0].data.delivery = 'prepared-remarks';
    input.quotes[1].data.prepared = { quote: ref('quotes', 'q1') };
    expect(() => checkedRecord(input)).toThrow(
      /q2 → prepared\.quote: "q1" is withdrawn, so this quote would point at text that is off the record/,
    );
  });
});
