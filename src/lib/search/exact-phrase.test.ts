import { describe, expect, it } from 'vitest';
import { phraseKey, promoteExactPhrase } from './exact-phrase.ts';

const page = (name: string, content: string, kind = 'Quote') => ({
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

  it('leaves a one-word search in Pagefind’s order', async () => {
    const results = [page('claim', 'guardrail', 'Claim'), page('quote', 'guardrail')];
    expect(names(await promoteExactPhrase(results, 'guardrail', isQuotation))).toEqual(['claim', 'quote']);
  });
});
