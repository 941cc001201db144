import { describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/content-copy.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';

describe('npm run build after a profile is renamed from .mdx to .md, the caches of the build before kept', () => {
  it('builds, and the profile’s page still shows its words', async () => {
    const content = await copyContent();
    const clone = await projectCopy('rename');
    const env = { ...clone.env, OTR_CONTENT_DIR: content.dir, OTR_SEARCH_INDEX: 'off' };
    const first = await runScript('build', [], env, clone.root);
    expect(first.code, first.output).toBe(0);

    // The same words under the new name: Astro would keep the entry it read from the old file.
    const profile = await content.read('stakeholders/nspcc.mdx');
    await content.remove('stakeholders/nspcc.mdx');
    await content.write('stakeholders/nspcc.md', profile);
    const second = await runScript('build', [], env, clone.root);
    expect(second.code, second.output).toBe(0);
    const page = await readPage(clone.env.OTR_OUT_DIR, '/stakeholders/nspcc/');
    expect(visibleText(page.querySelector('.prose'))).toContain(
      'hosted the virtual roundtable on end-to-end encryption',
    );
  }, 300_000);
});
