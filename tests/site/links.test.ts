import { describe, expect, inject, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/lib/check-links.ts';
import { readBuiltSite } from '../../src/cli/read-built-site.ts';
import { siteUrl } from '../../src/settings.ts';
import { buildSite } from '../helpers/build-site';

describe('links in the built archive', () => {
  it('all resolve: every internal link, image, script, style and #fragment, on every page', async () => {
    const site = await readBuiltSite(inject('siteDir'), { site: siteUrl, base: '/' });
    expect(site.pages.size).toBeGreaterThan(40);
    expect(formatLinkProblems(checkLinks(site))).toBe('');
  });

  it('all resolve when the archive is built to be served under /archive/', async () => {
    const build = await buildSite({ base: '/archive/', script: 'build' });
    expect(build.code, build.output).toBe(0);
    const site = await readBuiltSite(build.outDir, { site: siteUrl, base: '/archive/' });
    expect(formatLinkProblems(checkLinks(site))).toBe('');
  });
});
