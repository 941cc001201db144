/** One page of a long list: which page it is, of how many, and the items on it. */
export interface ListPage<T> {
  /** Counting from 1. */
  number: number;
  /** How many pages the list has in all. */
  count: number;
  items: T[];
}

/**
 * Splits a list into pages of `size` items. A list of thousands of quotes on one page is
 * megabytes of HTML that no reader scrolls and that slows every build; an empty list is one
 * empty page, so the first page always exists.
 */
export function paginate<T>(items: T[], size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** How many quotes a page of the full list shows. */
export const QUOTES_PER_PAGE = 100;
