import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.ts';

describe('a long list split into pages', () => {
  it('keeps every item, in order, on pages of the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('has one empty first page when the list is empty', () => {
    expect(paginate([], 100)).toEqual([{ number: 1, count: 1, items: [] }]);
  });
});
