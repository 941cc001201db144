import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

/**
 * The modules Node itself starts from source, without tsx: the citation worker (started by the
 * build) and the benchmark's index and floor stages (timed as child processes of their own). Node
 * resolves a relative import only by its full file name, so these and every module they load must
 * write `.ts` in their imports; the npm scripts run through tsx and need not.
 */
const STARTED_BY_NODE = ['src/lib/citation/citation-worker.ts', 'src/cli/index-site.ts', 'src/cli/bench/floor.ts'];

/** Relative modules a source file loads at run time (type-only imports are erased, so not loaded). */
function runtimeImports(source: string): string[] {
  const statements = source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm);
  const dynamic = source.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g);
  return [...[...statements].filter((m) => !m[2]).map((m) => m[3]), ...[...dynamic].map((m) => m[1])];
}

it('has every module Node starts from source, and all it loads, name the .ts file of each import', () => {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = [...STARTED_BY_NODE];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    expect(existsSync(path.join(projectRoot, file)), `${file} exists`).toBe(true);
    for (const specifier of runtimeImports(readFileSync(path.join(projectRoot, file), 'utf8'))) {
      const target = path.posix.join(path.posix.dirname(file), specifier);
      if (!/\.(ts|js|mjs|json)$/.test(specifier)) {
        problems.push(`${file} imports '${specifier}': write '${specifier}.ts', since Node loads ${file} without tsx`);
      } else if (target.endsWith('.ts')) {
        queue.push(target);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(STARTED_BY_NODE.length);
});
