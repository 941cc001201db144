import { describe, expect, it } from 'vitest';
import { dateRendering, withAccessDate } from './access-date.ts';

describe('the access date of a kept citation', () => {
  it('is found where the two stand-ins differ, and the real date is what stands there in its own text', () => {
    expect(dateRendering('Accessed 11 Nov. 1111.', 'Accessed 22 Feb. 2222.', 'Accessed 28 Nov. 2026.')).toEqual({
      from: '11 Nov. 1111',
      to: '28 Nov. 2026',
    });
    expect(dateRendering('urldate = {1111-11-11}', 'urldate = {2222-02-22}', 'urldate = {2026-11-11}')).toEqual({
      from: '1111-11-11',
      to: '2026-11-11',
    });
  });

  it('is not printed when the stand-ins give the same text, and unknown when the real date changes it elsewhere or the year is not in it', () => {
    expect(dateRendering('Patel (2021).', 'Patel (2021).', 'Patel (2021).')).toBeNull();
    expect(dateRendering('Patel (2021).', 'Patel (2021).', 'Patel (2026).')).toBeUndefined();
    expect(dateRendering('On 11 Nov. 1111.', 'On 22 Feb. 2222.', 'Read on 28 Nov. 2026.')).toBeUndefined();
    expect(dateRendering('Seen 11 Nov.', 'Seen 22 Feb.', 'Seen 28 Nov.')).toBeUndefined();
  });

  it('is put in place of the stand-in only where the probe printed it, once', () => {
    const rendering = { from: '11 Nov. 1111', to: '28 Nov. 2026' };
    expect(withAccessDate('Patel. Accessed 11 Nov. 1111.', rendering)).toBe('Patel. Accessed 28 Nov. 2026.');
    expect(withAccessDate('Patel (2021).', rendering)).toBe('Patel (2021).');
    expect(withAccessDate('Patel (1111). Accessed 11 Nov. 1111.', rendering)).toBeUndefined();
    expect(withAccessDate('Accessed 11 Nov. 1111, 11 Nov. 1111.', rendering)).toBeUndefined();
    expect(withAccessDate('Patel (1111).', null)).toBeUndefined();
  });
});
