import { describe, expect, it } from 'vitest';
import { explainAlterations } from './explain-alterations.ts';
import { diffWording, wordingInPlaceOf, wordingsDiffer } from './word-diff.ts';

const ET = 'Sadly at a time when Facebook are pursuing [e2e] encryption plans – through [e2e] encryption.';
const ITV = 'Sadly, at a time when Facebook are pursuing end-to-end encryption plans – through end-to-end encryption.';

describe('comparing two wordings word by word', () => {
  it('finds an added comma and a bracketed word printed in full, and nothing else', () => {
    const changes = diffWording(ET, ITV).filter((p) => p.kind === 'changed');
    expect(changes).toEqual([
      { kind: 'changed', before: '', after: ',' },
      { kind: 'changed', before: '[e2e]', after: 'end-to-end' },
      { kind: 'changed', before: '[e2e]', after: 'end-to-end' },
    ]);
  });

  it('gives both wordings back exactly, white space and all', () => {
    const parts = diffWording(ET, ITV);
    const join = (side: 'before' | 'after') => parts.map((p) => (p.kind === 'same' ? p.text : p[side])).join('');
    expect(join('before')).toBe(ET);
    expect(join('after')).toBe(ITV);
  });

  it('says when two wordings are the same', () => {
    expect(wordingsDiffer(diffWording(ET, ET))).toBe(false);
    expect(wordingsDiffer(diffWording(ET, ITV))).toBe(true);
  });

  it('finds what the other wording prints in place of an alteration', () => {
    const at = ET.indexOf('[e2e]');
    expect(wordingInPlaceOf(diffWording(ET, ITV), at, at + 5)).toBe('end-to-end');
    expect(wordingInPlaceOf(diffWording(ET, ET), at, at + 5)).toBeUndefined();
  });
});

describe('explaining a quotation’s alterations', () => {
  it('shows, for each “[e2e]”, the words that other sources print in its place', () => {
    const explained = explainAlterations(ET, [
      { sourceName: 'ITV News', text: ITV },
      { sourceName: 'Computer Weekly', text: ITV },
    ]);
    expect(explained).toHaveLength(2);
    expect(explained[0]).toEqual({
      kind: 'insertion',
      text: '[e2e]',
      elsewhere: [{ wording: 'end-to-end', sourceNames: ['ITV News', 'Computer Weekly'] }],
    });
  });

  it('explains an elision with no other source as having nothing shown in its place', () => {
    expect(explainAlterations('We must … act.', [])).toEqual([{ kind: 'elision', text: '…', elsewhere: [] }]);
  });
});
