import { describe, expect, it } from 'vitest';
import { phraseKey, promoteExactPhrase } from './exact-phrase.ts';

const page = (name: string, content: string, kind = 'Quote') => ({
  id: name,
  name,
  data: async () => ({ content, meta: { kind } }),
});
const isQuotation = (meta: Record<string, string | undefined>) => meta.kind === 'Quote';
const names = (results: { name: string }[]) => results.map((r) => r.name);

describe('exact phrases first', () => {
  it('puts the pages holding the words as one phrase first, quotations before other pages', async () => {
    const results = [
      page('claim', 'Encryption keeps people safe from hackers and criminals.', 'Claim'),
      page('other quote', 'people are kept safe; hackers and criminals are not'),
      page('quote', 'used by many services to keep people safe from hackers and criminals.'),
    ];
    expect(names(await promoteExactPhrase(results, 'keep people safe from hackers', isQuotation))).toEqual([
      'quote',
      'claim',
      'other quote',
    ]);
    expect(names(await promoteExactPhrase(results, 'safe from hackers and criminals', isQuotation))).toEqual([
      'quote',
      'claim',
      'other quote',
    ]);
  });

  it('matches across case and punctuation, such as the publisher’s brackets, but not part of a word', async () => {
    expect(phraseKey('to abuse. [e2e] Encryption is')).toBe('to abuse e2e encryption is');
    const results = [page('a', 'the guardrails of'), page('b', 'the Guardrail, of')];
    expect(names(await promoteExactPhrase(results, 'the guardrail of', isQuotation))).toEqual(['b', 'a']);
  });

  it('reads only the results that may hold the phrase, and puts no other first', async () => {
    const read: string[] = [];
    const results = ['a', 'b', 'c'].map((name) => ({
      id: name,
      name,
      data: async () => (read.push(name), { content: 'keep people safe', meta: { kind: 'Quote' } }),
    }));
    const promoted = await promoteExactPhrase(results, 'people safe', isQuotation, (r) => r.name === 'c');
    expect(names(promoted)).toEqual(['c', 'a', 'b']);
    expect(read).toEqual(['c']);
  });

  it('reads every result when the hint rules out all of them, as Pagefind’s index misses a phrase across a dash', async () => {
    const results = [page('source', 'sex offences – 52 per', 'Source'), page('quote', 'sex offences – 52 per')];
    const promoted = await promoteExactPhrase(results, 'offences – 52 per', isQuotation, () => false);
    expect(names(promoted)).toEqual(['quote', 'source']);
  });

  it('leaves a one-word search in Pagefind’s order', async () => {
    const results = [page('claim', 'guardrail', 'Claim'), page('quote', 'guardrail')];
    expect(names(await promoteExactPhrase(results, 'guardrail', isQuotation))).toEqual(['claim', 'quote']);
  });
});
