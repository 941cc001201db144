import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

/** Every TypeScript and Astro file of src/, tests aside. */
function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => path.join(SRC, f));
}

/** The files of src/ a file imports, type-only imports included: a cycle of types is still a tangle. */
function importsOf(file: string, known: Set<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1]);
  return specifiers.flatMap((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate));
    return found ? [found] : [];
  });
}

/** Each cycle found, as the chain of files that closes it. */
function findCycles(): string[][] {
  const files = sourceFiles();
  const known = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open')
        cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(SRC, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the modules of src/', () => {
  it('import one another in one direction only, with no cycle', () => {
    expect(findCycles()).toEqual([]);
  });
});
