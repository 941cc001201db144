import { expect, it } from 'vitest';
import { takeBuildLock } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-script.ts';

it('npm run check finds no type error, no lint warning and no lint error in the project', async () => {
  // `astro check` writes the project's .astro/ as a build does, so it takes its turn with them.
  const release = await takeBuildLock();
  try {
    const run = await runScript('check');
    expect(run.output).toMatch(/- 0 errors\n- 0 warnings/);
    expect(run.code, run.output).toBe(0);
  } finally {
    await release();
  }
}, 300_000);
