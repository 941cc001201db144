import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site';
import { copyContent } from '../helpers/content-copy';

describe('a build of content with a broken reference', () => {
  it('fails, naming the file and the missing stakeholder', async () => {
    const content = await copyContent();
    await content.write(
      'quotes/broken.yaml',
      'text: "Words."\nspeaker: no-such-person\nsource: eandt-moral-duty-2021\nparagraph: 1\ndelivery: spoken\n',
    );
    const build = await buildSite({ contentDir: content.dir });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/quotes\/broken\.yaml → speaker: there is no stakeholder "no-such-person"/);
  });

  it('fails, naming the file and the missing claim and source', async () => {
    const content = await copyContent();
    await content.write(
      'quotes/broken.yaml',
      'text: "Words."\nspeaker: nspcc\nsource: no-such-source\nparagraph: 1\ndelivery: spoken\nclaims:\n  - claim: no-such-claim\n    stance: supports\n',
    );
    const build = await buildSite({ contentDir: content.dir });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/quotes\/broken\.yaml → source: there is no source "no-such-source"/);
    expect(build.output).toMatch(/quotes\/broken\.yaml → claims\[0\]\.claim: there is no claim "no-such-claim"/);
  });
});
