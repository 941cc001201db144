import { describe, expect, it } from 'vitest';
import {
  describeBrokenUrls,
  findBrokenUrls,
  findRetiredEntryUrls,
  findUnlistedUrls,
  publishedPathOf,
  updateManifest,
} from './published-urls.ts';

describe('the manifest of published URLs', () => {
  it('counts pages and citation downloads as published, and not assets or the search index', () => {
    expect(publishedPathOf('index.html')).toBe('/');
    expect(publishedPathOf('quotes/a/index.html')).toBe('/quotes/a/');
    expect(publishedPathOf('quotes/a/cite.ris')).toBe('/quotes/a/cite.ris');
    expect(publishedPathOf('_astro/index.html')).toBeUndefined();
    expect(publishedPathOf('pagefind/pagefind.js')).toBeUndefined();
    expect(publishedPathOf('404.html')).toBeUndefined();
  });

  it('only ever adds URLs when it is updated', () => {
    const manifest = updateManifest({ about: '', urls: ['/quotes/old/'] }, ['/quotes/new/', '/']);
    expect(manifest.urls).toEqual(['/', '/quotes/new/', '/quotes/old/']);
  });

  it('finds listed URLs a build no longer publishes, and published URLs not yet listed', () => {
    const manifest = { about: '', urls: ['/', '/quotes/a/'] };
    expect(findBrokenUrls(manifest, ['/', '/quotes/b/'])).toEqual(['/quotes/a/']);
    expect(findUnlistedUrls(manifest, ['/', '/quotes/b/'])).toEqual(['/quotes/b/']);
  });

  it('finds, from the content alone, the listed pages and downloads of entries gone with no alias', () => {
    const manifest = {
      about: '',
      urls: [
        '/',
        '/about/',
        '/claims/c/',
        '/quotes/',
        '/quotes/a/',
        '/quotes/a/cite.ris',
        '/quotes/b/',
        '/quotes/old/',
        '/quotes/page/2/',
      ],
    };
    const slugs = new Map([
      ['quotes', new Set(['b', 'new', 'old'])],
      ['claims', new Set(['c'])],
    ]);
    expect(findRetiredEntryUrls(manifest, slugs)).toEqual(['/quotes/a/', '/quotes/a/cite.ris']);
  });

  it('names a broken quote URL and says how to keep it alive', () => {
    const message = describeBrokenUrls(
      ['/quotes/patel-moral-duty/', '/quotes/patel-moral-duty/cite.ris'],
      'content/published-urls.json',
    );
    expect(message).toContain('1 published URL');
    expect(message).not.toContain('2 published URLs');
    expect(message).toContain(
      '/quotes/patel-moral-duty/ (and its citation downloads): if the entry was renamed, add `aliases: [patel-moral-duty]` to its new file in content/quotes/; if it was deleted, restore content/quotes/patel-moral-duty.*',
    );
  });

  it('tells how to keep an index page alive', () => {
    expect(describeBrokenUrls(['/events/'], 'm.json')).toMatch(/\/events\/: restore the page in src\/pages\//);
  });
});
