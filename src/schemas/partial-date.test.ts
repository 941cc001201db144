import { describe, expect, it } from 'vitest';
import { PartialDateSchema } from './partial-date.ts';

const today = () => new Date('2026-11-26T12:00:00Z');
const schema = PartialDateSchema(today);

describe('a date known to a precision', () => {
  it('takes its precision from how it is written', () => {
    expect(schema.parse('2021')).toEqual({ iso: '2021', precision: 'year' });
    expect(schema.parse('2021-04')).toEqual({ iso: '2021-04', precision: 'month' });
    expect(schema.parse('2021-04-19')).toEqual({ iso: '2021-04-19', precision: 'day' });
  });

  it('accepts an explicit precision that matches the date', () => {
    expect(schema.parse({ value: '2021-04', precision: 'month' })).toEqual({
      iso: '2021-04',
      precision: 'month',
    });
  });

  it('refuses a date more precise than its stated precision', () => {
    const result = schema.safeParse({ value: new Date('2021-04-19'), precision: 'month' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(/precision is "month"/);
  });

  it('refuses an impossible date', () => {
    expect(schema.safeParse('2021-02-30').error!.issues[0].message).toMatch(/not a real/);
    expect(schema.safeParse('2021-13').success).toBe(false);
  });

  it('refuses a date after today', () => {
    expect(schema.safeParse('2027-01').error!.issues[0].message).toMatch(/future/);
    expect(schema.safeParse('2026-11').success).toBe(true);
  });

  it('refuses text that is not a date', () => {
    expect(schema.safeParse('April 2021').error!.issues[0].message).toMatch(/YYYY/);
  });
});
