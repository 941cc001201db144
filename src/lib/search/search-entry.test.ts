import { describe, expect, it } from 'vitest';
import { buildRecord } from '../record/record.ts';
import type { RecordInput } from '../record/record-types.ts';
import { quoteSearchEntry, sourceSearchEntry, stakeholderSearchEntry } from './search-entry.ts';
import { facetVocabularyOf, searchEntriesOf } from './search-vocabulary.ts';

const ref = <C extends string>(collection: C, id: string) => ({ id, collection });

const record = buildRecord({
  sources: [
    {
      id: 'article',
      data: {
        title: 'An article',
        publication: 'E&T',
        kind: 'news-report',
        language: 'en',
        published: { iso: '2021-04', precision: 'month' },
      },
    },
  ],
  stakeholders: [
    { id: 'charity', data: { name: 'A Charity', kind: 'organisation', summary: 's' } },
    {
      id: 'chief',
      data: { name: 'Chief Executive', kind: 'person', summary: 's', affiliation: ref('stakeholders', 'charity') },
    },
    { id: 'advocates', data: { name: 'Advocates', kind: 'group', summary: 's' } },
  ],
  claims: [
    { id: 'rules', data: { statement: 'Government, not companies, must set the rules.', kind: 'policy-demand' } },
    { id: 'design', data: { statement: 'Safety by design.', kind: 'policy-demand' } },
  ],
  quotes: [
    {
      id: 'guardrail',
      data: {
        text: 'government must be the guardrail',
        speaker: ref('stakeholders', 'chief'),
        onBehalfOf: ref('stakeholders', 'charity'),
        source: ref('sources', 'article'),
        paragraph: 1,
        date: { iso: '2021-04-19', precision: 'day' },
        delivery: 'statement',
        claims: [
          { claim: ref('claims', 'rules'), stance: 'supports' },
          { claim: ref('claims', 'design'), stance: 'supports' },
        ],
      },
    },
    {
      id: 'weakening',
      data: {
        text: 'weakening harms everyone',
        speaker: ref('stakeholders', 'advocates'),
        source: ref('sources', 'article'),
        paragraph: 2,
        delivery: 'paraphrase',
        claims: [{ claim: ref('claims', 'rules'), stance: 'qualifies' }],
      },
    },
  ],
  events: [],
} as unknown as RecordInput);
const quote = (id: string) => record.quotes.find((q) => q.id === id)!;

describe('the search record of a quote', () => {
  it('files it under its speaker, organisation, claims, stance, delivery, source and year', () => {
    const { filters } = quoteSearchEntry(record, quote('guardrail'));
    expect(filters).toEqual({
      kind: [{ slug: 'quote', label: 'Quote' }],
      speaker: [{ slug: 'chief', label: 'Chief Executive' }],
      organisation: [{ slug: 'charity', label: 'A Charity' }],
      claim: [
        { slug: 'rules', label: 'Government, not companies, must set the rules.' },
        { slug: 'design', label: 'Safety by design.' },
      ],
      stance: [{ slug: 'supports', label: 'Supports' }],
      delivery: [{ slug: 'statement', label: 'Statement (the source does not say whether written or spoken)' }],
      source: [{ slug: 'article', label: 'An article' }],
      year: [{ slug: '2021', label: '2021' }],
    });
  });

  it('shows its speaker, date in words and delivery with the result, and sorts by its own date', () => {
    const { meta, sort } = quoteSearchEntry(record, quote('guardrail'));
    expect(meta).toMatchObject({ kind: 'Quote', speaker: 'Chief Executive', date: '19 April 2021' });
    expect(meta.title).toBe('Chief Executive: “government must be the guardrail”');
    expect(sort).toEqual({ date: '2021-04-19' });
  });

  it('dates a quote without a date of its own by its source', () => {
    const entry = quoteSearchEntry(record, quote('weakening'));
    expect(entry.meta.date).toBe('April 2021');
    expect(entry.sort).toEqual({ date: '2021-04' });
    expect(entry.filters.year).toEqual([{ slug: '2021', label: '2021' }]);
  });

  it('gives a group that speaks for no organisation no organisation', () => {
    expect(quoteSearchEntry(record, quote('weakening')).filters.organisation).toEqual([]);
  });
});

describe('the search record of other pages', () => {
  it('files a person under their own name and their organisation, and an organisation under itself', () => {
    expect(stakeholderSearchEntry(record, 'chief').filters).toMatchObject({
      speaker: [{ slug: 'chief', label: 'Chief Executive' }],
      organisation: [{ slug: 'charity', label: 'A Charity' }],
    });
    expect(stakeholderSearchEntry(record, 'charity').filters.organisation).toEqual([
      { slug: 'charity', label: 'A Charity' },
    ]);
  });

  it('dates a source by its publication', () => {
    expect(sourceSearchEntry(record, 'article')).toMatchObject({
      meta: { date: 'April 2021' },
      sort: { date: '2021-04' },
    });
  });

  it('collects every facet value of the archive under its URL slug', () => {
    const vocabulary = facetVocabularyOf(searchEntriesOf(record));
    expect(vocabulary.speaker).toEqual({ chief: 'Chief Executive', advocates: 'Advocates', charity: 'A Charity' });
    expect(vocabulary.kind).toEqual({ quote: 'Quote', claim: 'Claim', stakeholder: 'Stakeholder', source: 'Source' });
    expect(vocabulary.stance).toEqual({ supports: 'Supports', qualifies: 'Qualifies' });
  });
});
