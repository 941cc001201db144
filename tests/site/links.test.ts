import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/cli/site-check/check-links.ts';
import { readBuiltSite } from '../../src/cli/read-built-site.ts';
import { siteUrl } from '../../src/settings.ts';
import { ANOTHER_HOST, underBasePathBuild } from '../helpers/shared-builds.ts';
import { type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/html.ts';

describe('links in the built archive', () => {
  it('all resolve: every internal link, image, script, style and #fragment, on every page', async () => {
    const site = await readBuiltSite(inject('siteDir'), { site: siteUrl, base: '/' });
    expect(site.pages.size).toBeGreaterThan(40);
    expect(formatLinkProblems(checkLinks(site))).toBe('');
  });
});

describe('the archive built for another host, under the base path /archive/', () => {
  const host = ANOTHER_HOST;
  let build: BuildResult;

  beforeAll(async () => {
    build = await underBasePathBuild();
  });

  it('has links that all resolve under the base path', async () => {
    expect(build.code, build.output).toBe(0);
    const site = await readBuiltSite(build.outDir, { site: host, base: '/archive/' });
    expect(formatLinkProblems(checkLinks(site))).toBe('');
  });

  it('takes the host and base path into its sitemap, robots.txt and printed permanent URLs', async () => {
    const robots = await readFile(path.join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${host}/archive/sitemap-index.xml`);
    const sitemap = await readFile(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${host}/archive/quotes/patel-moral-duty/</loc>`);
    const quote = await readPage(build.outDir, '/quotes/patel-moral-duty/');
    expect(quote.querySelector('.print-permalink')?.textContent).toBe(
      `Permanent URL: ${host}/archive/quotes/patel-moral-duty/`,
    );
  });
});
