import { describe, expect, it } from 'vitest';
import { checkAliases, listAliases } from './aliases.ts';
import type { RecordInput } from '../record/record-types.ts';

function input(quotes: { id: string; aliases?: string[] }[]): RecordInput {
  return {
    sources: [],
    stakeholders: [],
    claims: [],
    events: [],
    quotes: quotes.map(({ id, aliases }) => ({
      id,
      filePath: `content/quotes/${id}.yaml`,
      data: { aliases },
    })),
  } as unknown as RecordInput;
}

describe('aliases of renamed entries', () => {
  it('lists each former id with the entry it now leads to', () => {
    expect(listAliases(input([{ id: 'new-name', aliases: ['old-name'] }]))).toEqual([
      { collection: 'quotes', alias: 'old-name', id: 'new-name' },
    ]);
  });

  it('refuses an alias that is a live entry’s id, naming both files', () => {
    const [problem] = checkAliases(input([{ id: 'a', aliases: ['b'] }, { id: 'b' }]));
    expect(problem.file).toBe('content/quotes/a.yaml');
    expect(problem.field).toBe('aliases[0]');
    expect(problem.message).toMatch(/"b" is the id of a live entry, content\/quotes\/b\.yaml/);
  });

  it('refuses an alias claimed by two entries, naming both files', () => {
    const [problem] = checkAliases(
      input([
        { id: 'a', aliases: ['old'] },
        { id: 'b', aliases: ['old'] },
      ]),
    );
    expect(problem.file).toBe('content/quotes/b.yaml');
    expect(problem.message).toMatch(/also an alias of content\/quotes\/a\.yaml/);
  });

  it('refuses an alias that could not have been a file name', () => {
    expect(checkAliases(input([{ id: 'a', aliases: ['Old Name.yaml'] }]))[0].message).toMatch(/not a former file name/);
  });

  it('accepts the same alias in two collections, whose URLs differ', () => {
    const both = input([{ id: 'a', aliases: ['old'] }]);
    both.claims = [{ id: 'c', data: { aliases: ['old'] } }] as unknown as RecordInput['claims'];
    expect(checkAliases(both)).toEqual([]);
  });
});
