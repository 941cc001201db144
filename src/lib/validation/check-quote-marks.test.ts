import { describe, expect, it } from 'vitest';
import { findUnbalancedMarks } from './check-quote-marks.ts';

describe('unpaired brackets and quotation marks in a quotation', () => {
  it('accepts paired brackets, parentheses and curly quotation marks, as in “backdoors”', () => {
    expect(findUnbalancedMarks('adding “backdoors” to [e2e] encryption (90 per cent)')).toEqual([]);
  });

  it('accepts apostrophes, which are the same character as a closing single quote', () => {
    expect(findUnbalancedMarks('law enforcement’s ability, in firms’ interests')).toEqual([]);
  });

  it('refuses a bracket that is never closed, showing where it opens', () => {
    expect(findUnbalancedMarks('pursuing [e2e encryption plans')).toEqual([
      expect.stringMatching(/the opening \[ before “e2e encryption plans” is never closed with \]/),
    ]);
  });

  it('refuses a closing mark with no opening one, and marks crossed over', () => {
    expect(findUnbalancedMarks('the frontline” of abuse')[0]).toMatch(
      /closing ” after “the frontline” has no opening “/,
    );
    expect(findUnbalancedMarks('a (b [c) d]')).toHaveLength(2);
  });

  it('refuses an odd number of straight double quotation marks', () => {
    expect(findUnbalancedMarks('he said "no')[0]).toMatch(/quotation mark " before “no” is never closed/);
  });
});
