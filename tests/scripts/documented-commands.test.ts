import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const read = (file: string) => readFile(path.join(projectRoot, file), 'utf8');
const scripts: Record<string, string> = JSON.parse(await read('package.json')).scripts;

/** Every file under a folder of the project, as paths from the project root. */
async function filesUnder(folder: string, pattern: RegExp): Promise<string[]> {
  const files = await readdir(path.join(projectRoot, folder), { recursive: true });
  return files
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')))
    .filter((f) => pattern.test(f) && !f.startsWith('tests/.tmp/') && !f.startsWith('tests/fixtures/'));
}

/**
 * The npm scripts a text tells someone to run: `npm run X` (with or without arguments after it),
 * and the two npm runs by a bare name, `npm start` and `npm test`. `npm ci` installs; it is not
 * a script of the project.
 */
function scriptsNamedIn(text: string): string[] {
  const named = [...text.matchAll(/\bnpm run ([a-z][\w:-]*)/g)].map((m) => m[1]);
  const bare = [...text.matchAll(/\bnpm (start|test)\b/g)].map((m) => m[1]);
  return [...new Set([...named, ...bare])].sort();
}

/**
 * Whether a test file runs an npm script as a person would: through the helpers that spawn
 * `npm run` (`runScript`, `startScript`, `buildSite({ script })`), or `npm run` spawned directly.
 */
function runsScript(source: string, script: string): boolean {
  const name = script.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?:runScript|startScript)\\(\\s*'${name}'|script: '${name}'|'run',\\s*(?:'--silent',\\s*)?'${name}'`,
  ).test(source);
}

describe('the commands README.md and CONTRIBUTING.md tell people to run', async () => {
  const docs = { 'README.md': await read('README.md'), 'CONTRIBUTING.md': await read('CONTRIBUTING.md') };
  const documented = scriptsNamedIn(Object.values(docs).join('\n'));
  const testFiles = (await filesUnder('tests', /\.test\.ts$|global-setup\.ts$/)).filter(
    (f) => f !== 'tests/scripts/documented-commands.test.ts',
  );
  const testSources = await Promise.all(testFiles.map(async (file) => ({ file, source: await read(file) })));

  it('include the ones a newcomer needs first', () => {
    expect(documented).toEqual(expect.arrayContaining(['start', 'test', 'build', 'verify', 'record']));
  });

  it('are all scripts of package.json', () => {
    const missing = documented.filter((s) => !(s in scripts));
    expect(missing, 'named in README.md or CONTRIBUTING.md but not in package.json "scripts"').toEqual([]);
  });

  it('are each run by a test, as a person would run them', () => {
    // `npm test` is the command running this very test. `npm run coverage` is expected to be run
    // by a test of its own like any other; it is not exempt.
    const untested = documented.filter((s) => s !== 'test' && !testSources.some((t) => runsScript(t.source, s)));
    expect(
      untested,
      'documented scripts that no test runs (use runScript, startScript or buildSite({ script }) from tests/helpers/)',
    ).toEqual([]);
  });
});

describe('the scripts of package.json', () => {
  it('run every TypeScript command line the one way CONTRIBUTING.md gives: on Node itself', () => {
    const other = Object.entries(scripts).flatMap(([name, command]) =>
      [...command.matchAll(/(\S+)\s+(src\/\S+\.ts)\b/g)].filter((m) => m[1] !== 'node').map((m) => `${name}: ${m[0]}`),
    );
    expect(other).toEqual([]);
  });

  it('are the only ones the site’s messages and documents name', async () => {
    const files = [
      ...(await filesUnder('src', /\.(ts|astro|mjs)$/)),
      'README.md',
      'CONTRIBUTING.md',
      'BENCHMARKS.md',
      'content/published-urls.json',
    ];
    const unknown: string[] = [];
    for (const file of files) {
      for (const script of scriptsNamedIn(await read(file)))
        if (!(script in scripts)) unknown.push(`${file}: npm run ${script}`);
    }
    expect(unknown).toEqual([]);
  });
});

describe('finding the commands a text names', () => {
  it('reads `npm run X -- args`, `npm start` and `npm test`, and leaves npm’s own commands and prose alone', () => {
    const text =
      'Run `npm ci && npm start`, then `npm run verify -- --snapshots x` and `npm test`. Any npm 9+; every npm script.';
    expect(scriptsNamedIn(text)).toEqual(['start', 'test', 'verify']);
  });

  it('tells a test that runs a script from one that only mentions it', () => {
    expect(runsScript("await runScript('size', [siteDir])", 'size')).toBe(true);
    expect(runsScript("buildSite({ script: 'build' })", 'build')).toBe(true);
    expect(runsScript("spawn('npm', ['run', '--silent', 'coverage'])", 'coverage')).toBe(true);
    expect(runsScript('// then npm run size prints the weights', 'size')).toBe(false);
  });
});
