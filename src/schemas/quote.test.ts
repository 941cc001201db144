import { describe, expect, it } from 'vitest';
import { QuoteSchema } from './quote.ts';
import { plainReference } from './plain-reference.ts';

const schema = QuoteSchema(plainReference);
const valid = {
  text: 'This is not acceptable.',
  speaker: 'priti-patel',
  source: 'eandt-moral-duty-2021',
  paragraph: 8,
  delivery: 'prepared-remarks',
  claims: [{ claim: 'removing-accounts-not-enough', stance: 'supports' }],
};

function issuesOf(input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('a quote entry', () => {
  it('parses a valid quote and resolves its references', () => {
    const quote = schema.parse(valid);
    expect(quote.speaker).toEqual({ id: 'priti-patel', collection: 'stakeholders' });
    expect(quote.claims[0].claim.id).toBe('removing-accounts-not-enough');
  });

  it('reads an unquoted YAML date as a day-precise date', () => {
    const quote = schema.parse({ ...valid, date: new Date('2021-04-19T00:00:00Z') });
    expect(quote.date).toEqual({ iso: '2021-04-19', precision: 'day' });
  });

  it('defaults to no claims when none are listed', () => {
    const { claims: _claims, ...rest } = valid;
    expect(schema.parse(rest).claims).toEqual([]);
  });

  it('refuses a quote with no speaker, naming the field', () => {
    const { speaker: _speaker, ...rest } = valid;
    expect(issuesOf(rest).map((i) => i.path)).toContain('speaker');
  });

  it('refuses an unknown delivery and lists the allowed ones', () => {
    const [issue] = issuesOf({ ...valid, delivery: 'tweeted' });
    expect(issue.path).toBe('delivery');
    expect(issue.message).toContain('prepared-remarks');
  });

  it('refuses an unknown stance, naming the claim it is on', () => {
    const [issue] = issuesOf({ ...valid, claims: [{ claim: 'x', stance: 'agrees' }] });
    expect(issue.path).toBe('claims.0.stance');
  });

  it('refuses empty or white-space-only text', () => {
    expect(issuesOf({ ...valid, text: '   ' })[0]).toMatchObject({ path: 'text' });
  });

  it('refuses a paragraph that is not a positive whole number', () => {
    expect(issuesOf({ ...valid, paragraph: 0 })[0].path).toBe('paragraph');
    expect(issuesOf({ ...valid, paragraph: 2.5 })[0].path).toBe('paragraph');
  });

  it('refuses a field it does not know, so a misspelt field is not silently ignored', () => {
    expect(issuesOf({ ...valid, speakr: 'priti-patel' })[0].message).toMatch(/speakr/);
  });
});
