import type { z } from 'astro/zod';
import type { ContentProblem } from './content-problem.ts';

/** `['claims', 0, 'stance']` → `claims[0].stance`, as curators see fields in their files. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    // A name with spaces or marks (or none at all) is quoted, so the curator can see where it is.
    if (!/^[\w-]+$/.test(String(key))) return `${out}[${JSON.stringify(String(key))}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of this kind of entry: check the spelling, or remove it`;
  }
  // A union (a date written short or long) reports only that nothing matched; its first branch says why.
  if (issue.code === 'invalid_union' && issue.errors[0]?.[0]) return issue.errors[0][0].message;
  return issue.message;
}

/** Turns schema issues into one problem per issue, located by file and field. */
export function problemsFromIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    field:
      issue.code === 'unrecognized_keys'
        ? fieldPath([...issue.path, issue.keys[0]])
        : fieldPath(issue.path) || '(file)',
    message: messageOf(issue),
  }));
}
