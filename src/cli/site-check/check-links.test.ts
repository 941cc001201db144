import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblems, pageAddress, type BuiltSite } from './check-links.ts';
import { readPageReferences } from './page-references.ts';

/** A tiny built site from HTML strings; other files are listed by name only. */
function site(pages: Record<string, string>, base = '/', otherFiles: string[] = []): BuiltSite {
  return {
    site: 'https://record.example',
    base,
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: new Map(Object.entries(pages).map(([file, html]) => [file, readPageReferences(html)])),
  };
}

const claimPage = '<h1 id="claim">A claim</h1><p id="quotes">Quotes</p>';

describe('the link checker', () => {
  it('passes a site whose links, images, scripts, styles and fragments all resolve', () => {
    const problems = checkLinks(
      site(
        {
          'index.html': `<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>
            <a href="/claims/x/">claim</a> <a href="/claims/x/#quotes">its quotes</a> <a href="#top">top</a>
            <img src="/logo.png" srcset="/logo.png 1x, /logo@2x.png 2x" alt="Logo"> <a id="top" href="claims/x/">relative</a>
            <link rel="canonical" href="https://record.example/"> <a href="https://eandt.theiet.org/a/">source</a>
            <a href="mailto:editor@record.example">write</a>`,
          'claims/x/index.html': claimPage,
        },
        '/',
        ['_astro/site.css', '_astro/page.js', 'logo.png', 'logo@2x.png'],
      ),
    );
    expect(problems).toEqual([]);
  });

  it('names the page and the link when a link leads to no page', () => {
    const problems = checkLinks(
      site({ 'quotes/q/index.html': '<a href="/claims/gone/">claim</a>', 'claims/x/index.html': claimPage }),
    );
    expect(formatLinkProblems(problems)).toBe(
      '/quotes/q/: a href "/claims/gone/" leads to /claims/gone/, which the build does not produce; fix the link or the page it should lead to',
    );
  });

  it('names a #fragment that no element on the target page carries', () => {
    const problems = checkLinks(
      site({
        'index.html': '<a href="/claims/x/#stances">stances</a> <a href="#nowhere">here</a>',
        'claims/x/index.html': claimPage,
      }),
    );
    expect(problems.map((p) => [p.page, p.url, p.problem])).toEqual([
      ['/', '/claims/x/#stances', 'points to #stances, but /claims/x/ has no element with id="stances"'],
      ['/', '#nowhere', 'points to #nowhere, but / has no element with id="nowhere"'],
    ]);
  });

  it('finds an image that is missing from the build', () => {
    const [problem] = checkLinks(site({ 'index.html': '<img src="/portrait.jpg" alt="A portrait">' }));
    expect(problem).toMatchObject({ page: '/', where: 'img src', url: '/portrait.jpg' });
  });

  it('refuses a script, style or image loaded from another host', () => {
    const problems = checkLinks(
      site({
        'index.html': `<script src="https://cdn.example.net/analytics.js"></script>
          <link rel="stylesheet" href="https://fonts.example.net/css"><img src="//img.example.net/x.png" alt="x">`,
      }),
    );
    expect(formatLinkProblems(problems)).toBe(
      [
        '/: link href "https://fonts.example.net/css" is loaded from another host; serve the file from this site (public/ or src/) instead',
        '/: img src "//img.example.net/x.png" is loaded from another host; serve the file from this site (public/ or src/) instead',
        '/: script src "https://cdn.example.net/analytics.js" is loaded from another host; serve the file from this site (public/ or src/) instead',
      ].join('\n'),
    );
  });

  it('asks for https on links to other sites', () => {
    const [problem] = checkLinks(site({ 'index.html': '<a href="http://eandt.theiet.org/a/">source</a>' }));
    expect(problem.problem).toBe('uses http; link to the https:// address');
  });

  it('under a base path, accepts links that carry it and refuses links that forget it', () => {
    const problems = checkLinks(
      site(
        {
          'index.html': '<a href="/archive/claims/x/">ok</a> <a href="/claims/x/">forgot the base</a>',
          'claims/x/index.html': claimPage,
        },
        '/archive/',
      ),
    );
    expect(formatLinkProblems(problems)).toBe(
      '/archive/: a href "/claims/x/" leads to /claims/x/, outside the base path /archive/; build it with href() from src/lib/record/paths.ts',
    );
  });

  it('serves folders as their index page', () => {
    expect(pageAddress('quotes/x/index.html', '/archive/')).toBe('/archive/quotes/x/');
    expect(pageAddress('index.html', '/')).toBe('/');
    expect(pageAddress('404.html', '/')).toBe('/404.html');
  });
});
