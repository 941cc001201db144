import { describe, expect, it } from 'vitest';
import { matchWording } from './excerpt-match.ts';

// The last two paragraphs of ITV's archived excerpt, cut by the archive inside "children".
const ITV = [
  'Ms Patel is expected to say that Facebook is “blinding itself to the problem” that end-to-end encryption will cause in cases of child abuse online.',
  '“The offending will continue, the images of chil',
];
const OFFENDING =
  'The offending will continue, the images of children being abused will proliferate – but the company intends to blind itself to this problem through end-to-end encryption which prevents all access to messaging content.';

describe('reading a wording against an opening excerpt', () => {
  it('verifies a wording found whole, even where the excerpt prints other quotation marks and dashes', () => {
    expect(matchWording('"blinding itself to the problem"', ITV, true)).toEqual({
      kind: 'whole',
      paragraphs: [1],
      endsAtCut: false,
    });
    const dashed = ['He said the images “will proliferate – but” the company did not.'];
    expect(matchWording('will proliferate - but', dashed, true)).toMatchObject({ kind: 'whole' });
  });

  it('checks a wording the excerpt is cut inside as far as it goes, the split word not counted', () => {
    expect(matchWording(OFFENDING, ITV, true)).toEqual({
      kind: 'to-excerpt-end',
      paragraph: 2,
      wordsChecked: 7,
      words: 33,
    });
  });

  it('accepts a cut word that the wording’s word begins with, in either typography', () => {
    const straight = OFFENDING.replace('–', '-');
    expect(matchWording(straight, ITV, true)).toMatchObject({ kind: 'to-excerpt-end', wordsChecked: 7 });
  });

  it('verifies a wording that stops exactly where the excerpt is cut, and says it ends there', () => {
    expect(matchWording('The offending will continue, the images of chil', ITV, true)).toEqual({
      kind: 'whole',
      paragraphs: [2],
      endsAtCut: true,
    });
  });

  it('refuses a wording that runs to the cut when a word before the cut differs', () => {
    expect(matchWording(OFFENDING.replace('continue', 'go on'), ITV, true)).toEqual({ kind: 'differs' });
  });

  it('refuses a cut word the wording does not begin with ("chil" is not "kids")', () => {
    expect(matchWording(OFFENDING.replace('children', 'kids'), ITV, true)).toEqual({ kind: 'differs' });
  });

  it('refuses a wording that clearly stands in the excerpt with one word changed', () => {
    expect(matchWording('blinding itself to the issue', ITV, true)).toEqual({ kind: 'differs' });
    expect(matchWording('blinding itself to teh problem', ITV, true)).toEqual({ kind: 'differs' });
  });

  it('calls a wording with no part in the excerpt beyond it, not a mismatch', () => {
    expect(matchWording('This is not acceptable.', ITV, true)).toEqual({ kind: 'absent' });
  });

  it('does not take a long wording that shares a common phrase with the excerpt for a misquotation', () => {
    const later =
      'We know that the images of children being abused are shared again and again, and the scale of it is growing every single year across the world.';
    expect(matchWording(later, ['And the images of children are what we fight.', 'It ends here'], true)).toEqual({
      kind: 'absent',
    });
  });

  it('does not take two words at the cut for the opening of a passage', () => {
    expect(matchWording('of the highest order, she said', ['He spoke of the'], true)).toEqual({ kind: 'absent' });
  });

  it('does not find a wording that spans two paragraphs', () => {
    const paragraphs = [
      '“This is not acceptable.',
      'We cannot allow a situation where law enforcement is hampered.”',
      'And more.',
    ];
    expect(matchWording('This is not acceptable. We cannot allow a situation', paragraphs, true)).toEqual({
      kind: 'differs',
    });
    expect(matchWording('This is not acceptable. We cannot allow a situation', paragraphs, false)).toEqual({
      kind: 'differs',
    });
  });

  it('holds a whole text to every word: a wording cut off at its end is a mismatch, not unknown', () => {
    expect(matchWording(OFFENDING, ITV, false)).toEqual({ kind: 'differs' });
    expect(matchWording('This is not acceptable.', ITV, false)).toEqual({ kind: 'differs' });
  });
});
