import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as yamlLoad } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { contentDir, readQuoteFiles } from '../helpers/content-files.ts';
import { readPage, visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const quotes = await readQuoteFiles();
const speakerNames = new Map(
  await Promise.all(
    [...new Set(quotes.map((q) => q.speaker))].map(async (id) => {
      const page = await readPage(siteDir, `/stakeholders/${id}/`);
      return [id, visibleText(page.querySelector('h1'))] as const;
    }),
  ),
);

const meta = (page: Document, key: string) =>
  page.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');
const jsonLd = (page: Document) => {
  const scripts = [...page.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0].textContent ?? '');
};

describe('the metadata of every quote page', () => {
  it('names the speaker and the outlet in Highwire, Dublin Core and JSON-LD, and gives the words to link previews', async () => {
    for (const quote of quotes) {
      const page = await readPage(siteDir, `/quotes/${quote.id}/`);
      const speaker = speakerNames.get(quote.speaker);
      // As the quote's citation names the speaker: reference managers split a Highwire name at its
      // comma, and a name with none at its last space ("UK Government" as given name "UK").
      const [cited] = JSON.parse(await readFile(path.join(siteDir, 'quotes', quote.id, 'cite.json'), 'utf8'));
      const [author] = cited.author;
      expect(meta(page, 'citation_author'), quote.id).toBe(
        'literal' in author
          ? `${author.literal},`
          : author.given
            ? `${author.family}, ${author.given}`
            : `${author.family},`,
      );
      expect(meta(page, 'citation_journal_title'), quote.id).toBe(cited['container-title']);
      expect(meta(page, 'citation_title'), quote.id).toBe(cited.title);
      expect(meta(page, 'citation_public_url'), quote.id).toBe(`https://on-the-record.example/quotes/${quote.id}/`);
      expect(meta(page, 'DC.creator'), quote.id).toBe(speaker);
      expect(meta(page, 'og:description'), quote.id).toBe(quote.text);
      const data = jsonLd(page);
      expect(data['@type'], quote.id).toBe('Quotation');
      expect(data.text, quote.id).toBe(quote.text);
      expect(data.creator.name, quote.id).toBe(speaker);
      expect(data.spokenByCharacter.name, quote.id).toBe(speaker);
      const source = yamlLoad(await readFile(path.join(contentDir, 'sources', `${quote.source}.yaml`), 'utf8')) as {
        url?: string;
      };
      expect(data.isBasedOn.url, quote.id).toBe(source.url);
    }
  });

  it('dates a quote as precisely as known, and no more', async () => {
    const dated = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    expect(meta(dated, 'citation_publication_date')).toBe('2021/04/19');
    expect(jsonLd(dated).dateCreated).toBe('2021-04-19');
    const undated = await readPage(siteDir, '/quotes/patel-moral-duty/');
    expect(meta(undated, 'citation_publication_date')).toBe('2021/04');
    expect(jsonLd(undated).isBasedOn.datePublished).toBe('2021-04');
    expect(jsonLd(undated).isBasedOn.author).toBeUndefined();
  });
});

describe('the metadata of other pages', () => {
  it('describes a stakeholder page as a profile of a person or an organisation', async () => {
    const person = jsonLd(await readPage(siteDir, '/stakeholders/priti-patel/'));
    expect(person['@type']).toBe('ProfilePage');
    expect(person.mainEntity).toMatchObject({ '@type': 'Person', name: 'Priti Patel', familyName: 'Patel' });
    const organisation = jsonLd(await readPage(siteDir, '/stakeholders/nspcc/'));
    expect(organisation.mainEntity['@type']).toBe('Organization');
  });

  it('describes a claim page as a Claim, with its quotes as appearances', async () => {
    const data = jsonLd(await readPage(siteDir, '/claims/tech-companies-have-moral-duty/'));
    expect(data['@type']).toBe('Claim');
    expect(data.appearance).toContainEqual({
      '@type': 'Quotation',
      url: 'https://on-the-record.example/quotes/patel-moral-duty/',
    });
  });

  it('gives the source page the article’s own metadata, with no invented author', async () => {
    const page = await readPage(siteDir, '/sources/eandt-moral-duty-2021/');
    expect(meta(page, 'citation_journal_title')).toBe('E&T (Engineering & Technology)');
    expect(meta(page, 'citation_publication_date')).toBe('2021/04');
    expect(page.querySelector('meta[name="citation_author"]')).toBeNull();
  });

  it('names an untitled source by its kind, and gives its author as printed, neither a person nor an organisation', async () => {
    const release = await readPage(siteDir, '/sources/nspcc-release-2021-04/');
    expect(visibleText(release.querySelector('h1'))).toBe('NSPCC statement (title not recorded)');
    expect(jsonLd(release)).toMatchObject({
      '@type': 'CreativeWork',
      name: 'NSPCC statement (title not recorded)',
      isPartOf: { '@type': 'CreativeWork', name: 'NSPCC' },
    });
    const report = jsonLd(await readPage(siteDir, '/sources/independent-2021-04-19/'));
    expect(report).toMatchObject({
      '@type': 'NewsArticle',
      author: 'Mike Bedigan',
      isPartOf: { '@type': 'Periodical' },
    });
  });

  it('gives every page a title, description and address for link previews and Dublin Core', async () => {
    for (const p of ['/', '/quotes/', '/claims/', '/stakeholders/', '/sources/', '/events/']) {
      const page = await readPage(siteDir, p);
      expect(meta(page, 'og:title'), p).toBe(page.title);
      expect(meta(page, 'og:url'), p).toBe(`https://on-the-record.example${p}`);
      expect(meta(page, 'DC.title'), p).toBe(page.title);
      expect(meta(page, 'og:description'), p).toBeTruthy();
    }
  });
});

describe('the citation box of a quote page', () => {
  it('offers every style, the permanent link and downloads that exist, and stays out of search', async () => {
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    const box = page.querySelector('[data-cite]');
    expect(box?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(visibleText(box?.querySelector('#cite-permalink'))).toBe(
      'https://on-the-record.example/quotes/patel-not-acceptable/',
    );
    expect([...box!.querySelectorAll('[data-style]')].map((p) => p.getAttribute('data-style'))).toEqual([
      'apa',
      'mla',
      'chicago',
      'harvard',
    ]);
    expect(visibleText(box?.querySelector('[data-style="apa"]'))).toMatch(
      /^Patel, P\. \(2021, April\)\. This is not acceptable\./,
    );
    for (const link of box!.querySelectorAll('a[data-download]')) {
      const file = path.join(siteDir, link.getAttribute('href')!);
      expect(await readFile(file, 'utf8')).toBe(
        box!.querySelector(`[data-format="${link.getAttribute('data-download')}"]`)!.textContent,
      );
    }
    expect(box!.querySelectorAll('a[data-download]')).toHaveLength(3);
  });

  it('keeps its copy buttons hidden until a script can make them work', async () => {
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    const buttons = [...page.querySelectorAll('button[data-copy]')];
    // The permanent link, four styles, three formats and the embed snippet.
    expect(buttons.length).toBe(9);
    for (const button of buttons) expect(button.hasAttribute('hidden')).toBe(true);
    expect(page.querySelector('[aria-live="polite"][data-copy-status]')).not.toBeNull();
  });

  it('links to the quote’s spot in the original with a text fragment of its opening words', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    expect(page.querySelector('a[data-original]')?.getAttribute('href')).toBe(
      'https://eandt.theiet.org/content/articles/2021/04/home-secretary-uses-moral-duty-argument-against-end-to-end-encryption/#:~:text=Sadly%20at%20a%20time%20when%20we%20need%20to',
    );
  });
});
