import { describe, expect, it } from 'vitest';
import { measureBytes, pageType, weighPage } from './page-weight.ts';

const assets: Record<string, string> = {
  '/_astro/page.js': 'import"./shared.js";import{a}from"./shared.js";console.log(a)',
  '/_astro/shared.js': 'export const a = 1;',
  '/_astro/site.css': 'body{margin:0}',
  '/pagefind/pagefind-component-ui.js': 'x'.repeat(5000),
};
const read = (p: string) => (p in assets ? Buffer.from(assets[p]) : undefined);

describe('weighing a page', () => {
  it('counts the HTML, its styles and its scripts with the modules they import, each once', () => {
    const html = `<link rel="stylesheet" href="/_astro/site.css"><style>p{color:red}</style>
      <script type="module" src="/_astro/page.js"></script><script type="module" src="../_astro/shared.js"></script>`;
    const weight = weighPage(html, '/quotes/', read);
    expect(weight.css.raw).toBe('body{margin:0}'.length + 'p{color:red}'.length);
    expect(weight.js.raw).toBe(assets['/_astro/page.js'].length + assets['/_astro/shared.js'].length);
    expect(weight.transferredGzip).toBe(
      measureBytes(html).gzip +
        [assets['/_astro/site.css'], assets['/_astro/page.js'], assets['/_astro/shared.js']].reduce(
          (n, a) => n + measureBytes(a).gzip,
          0,
        ),
    );
  });

  it('sets search assets apart from what the page itself costs', () => {
    const weight = weighPage(
      '<script type="module" src="/pagefind/pagefind-component-ui.js"></script>',
      '/search/',
      read,
    );
    expect(weight.js.raw).toBe(0);
    expect(weight.search.raw).toBe(5000);
  });

  it('names the page type by its route', () => {
    expect(pageType('/quotes/patel-moral-duty/')).toBe('/quotes/[id]/');
    expect(pageType('/archive/quotes/', '/archive/')).toBe('/quotes/');
    expect(pageType('/')).toBe('/');
  });
});
