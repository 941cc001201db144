import { expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';

// The only test that runs Astro in the project itself: every build and server of the tests runs in
// a copy of its own (see projectCopy), since `astro check` writes the project's .astro/ as they would.
it('npm run check finds no type error, no lint warning and no lint error in the project', async () => {
  const run = await runScript('check');
  expect(run.output).toMatch(/- 0 errors\n- 0 warnings/);
  expect(run.code, run.output).toBe(0);
}, 300_000);
