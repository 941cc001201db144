import { fieldPath } from './zod-problems.ts';

/** An HTML tag, comment or processing instruction, or a script address. */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<\?|javascript:/i;

/**
 * Whether a text field holds markup or a script. Pages escape every field, so such text would
 * show up as code in front of readers; it is refused so that the curator sees it first.
 */
export function containsMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** Every string in a parsed entry, with the field path it sits at (`claims[0].stance`). */
export function stringFields(value: unknown, path: PropertyKey[] = []): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: fieldPath(path) || '(file)', text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringFields(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => stringFields(v, [...path, k]));
  }
  return [];
}
