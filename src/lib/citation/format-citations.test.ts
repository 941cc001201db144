import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../schemas/source.ts';
import type { Stakeholder } from '../../schemas/stakeholder.ts';
import { archivePageCslItem, quoteCslItem, sourceCslItem } from './csl-item.ts';
import { formatCitations } from './format-citations.ts';

// The record's E&T article and Patel's second prepared passage, as the content files give them.
const article: Source = {
  title: 'Home Secretary uses ‘moral duty’ argument against end-to-end encryption',
  publication: 'E&T (Engineering & Technology)',
  publisher: 'The Institution of Engineering and Technology (IET)',
  url: 'https://eandt.theiet.org/content/articles/2021/04/home-secretary-uses-moral-duty-argument-against-end-to-end-encryption/',
  published: { iso: '2021-04', precision: 'month' },
  kind: 'news-report',
  language: 'en',
  aliases: [],
};
const patel = {
  name: 'Priti Patel',
  familyName: 'Patel',
  givenName: 'Priti',
  kind: 'person',
  summary: 'Home Secretary.',
} as Stakeholder;
/** A styled reference as a reader reads it: its HTML's text. */
const textOf = (html: string) => parseHTML(`<p>${html}</p>`).document.querySelector('p')!.textContent;

const accessed = { iso: '2026-11-26', precision: 'day' } as const;
const permalink = 'https://on-the-record.example/quotes/patel-not-acceptable/';

const notAcceptable = quoteCslItem({
  id: 'quote:patel-not-acceptable',
  title: 'This is not acceptable. We cannot allow a situation where law enforcement’s ability…',
  speaker: patel,
  delivery: 'prepared-remarks',
  spoken: { iso: '2021-04-19', precision: 'day' },
  source: article,
  permalink,
  accessed,
});

describe('the citations of a quote of the record', () => {
  const citations = formatCitations(notAcceptable);

  it('follows APA 7: speaker, source date to the month, words, delivery, outlet in italics, archive, link', () => {
    expect(citations.styles.apa).toBe(
      'Patel, P. (2021, April). This is not acceptable. We cannot allow a situation where law enforcement’s ability… [Prepared remarks]. <i>E&#38;T (Engineering &#38; Technology)</i>. On the Record. https://on-the-record.example/quotes/patel-not-acceptable/',
    );
  });

  it('follows MLA 9, keeping the speaker’s capitals rather than title-casing her words', () => {
    expect(citations.styles.mla).toBe(
      'Patel, Priti. “This is not acceptable. We cannot allow a situation where law enforcement’s ability….” <i>E&#38;T (Engineering &#38; Technology)</i>, Apr. 2021, https://on-the-record.example/quotes/patel-not-acceptable/. On the Record.',
    );
  });

  it('follows Chicago author-date', () => {
    expect(citations.styles.chicago).toBe(
      'Patel, Priti. 2021. “This is not acceptable. We cannot allow a situation where law enforcement’s ability….” Prepared remarks. <i>E&#38;T (Engineering &#38; Technology)</i>, April 2021. On the Record. https://on-the-record.example/quotes/patel-not-acceptable/.',
    );
  });

  it('follows Harvard (Cite Them Right), with the access date', () => {
    expect(citations.styles.harvard).toBe(
      'Patel, P. (2021) ‘This is not acceptable. We cannot allow a situation where law enforcement’s ability…’, <i>E&#38;T (Engineering &#38; Technology)</i>, April. Available at: https://on-the-record.example/quotes/patel-not-acceptable/ (Accessed: 26 November 2026).',
    );
  });

  it('exports biblatex that a BibTeX parser reads back whole: key, speaker, title, outlet, dates, archive', () => {
    const { entries, errors } = parseBibtex(citations.bibtex);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.type).toBe('article');
    expect(entry.key).toBe('quote:patel-not-acceptable');
    expect(entry.fields.author).toEqual([{ lastName: 'Patel', firstName: 'Priti' }]);
    expect(entry.fields.title).toBe(
      'This is not acceptable. We cannot allow a situation where law enforcement’s ability…',
    );
    expect(entry.fields.journaltitle).toBe('E&T (Engineering & Technology)');
    expect(entry.fields.date).toBe('2021-04');
    expect(entry.fields.eventdate).toBe('2021-04-19');
    expect(entry.fields.urldate).toBe('2026-11-26');
    expect(entry.fields.url).toBe(permalink);
    expect(entry.fields.language).toBe('en');
    expect(entry.fields.note).toBe('Held in On the Record');
    // Fields biblatex does not define for an article, and the legacy month, are gone.
    expect(citations.bibtex).not.toMatch(/howpublished|\bmonth =|\btype =|\[Online; accessed/);
  });

  it('exports RIS that a RIS parser reads back whole, one line a value, with CRLF line endings', () => {
    const lines = citations.ris.split('\r\n');
    expect(lines[0]).toBe('TY  - MGZN');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(citations.ris.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines).toContain('ID  - quote:patel-not-acceptable');
    expect(lines).toContain('DA  - 2021/04//');
    expect(lines).toContain('Y2  - 2026/11/26/');
    expect(lines).toContain('DB  - On the Record');
    expect(citations.ris).not.toContain('<span');
    const [item] = parseRis(citations.ris);
    expect(item).toMatchObject({
      type: 'article-magazine',
      title: 'This is not acceptable. We cannot allow a situation where law enforcement’s ability…',
      author: [{ family: 'Patel', given: 'Priti' }],
      'container-title': 'E&T (Engineering & Technology)',
      URL: permalink,
    });
    // This parser reads the year (PY) only; the month is in DA, checked above, which Zotero reads.
    expect(Number(item.issued?.['date-parts']?.[0][0])).toBe(2021);
  });

  it('writes a long title and a long address on one line each, never cut in two', () => {
    const long = formatCitations({
      ...notAcceptable,
      title: 'word '.repeat(40).trim(),
      URL: `${permalink}${'x'.repeat(90)}/`,
    });
    const [item] = parseRis(long.ris);
    expect(item.title).toBe('word '.repeat(40).trim());
    expect(item.URL).toBe(`${permalink}${'x'.repeat(90)}/`);
    expect(parseBibtex(long.bibtex).entries[0].fields.url).toBe(`${permalink}${'x'.repeat(90)}/`);
  });

  it('exports CSL-JSON that reads back as the same item', () => {
    const [item] = JSON.parse(citations.csljson);
    expect(item).toMatchObject({
      type: 'article-magazine',
      author: [{ family: 'Patel', given: 'Priti' }],
      'container-title': 'E&T (Engineering & Technology)',
      issued: { 'date-parts': [[2021, 4]] },
      'event-date': { 'date-parts': [[2021, 4, 19]] },
      accessed: { 'date-parts': [[2026, 11, 26]] },
      URL: permalink,
    });
  });
});

describe('the item types chosen for citations', () => {
  it('cites an organisation by its name, without splitting it into a family and given name', () => {
    const item = quoteCslItem({
      id: 'nspcc-either-or',
      title: 'either/or',
      speaker: { name: 'NSPCC', kind: 'organisation', summary: 's' } as Stakeholder,
      delivery: 'reported-speech',
      source: article,
      permalink: 'https://on-the-record.example/quotes/nspcc-either-or/',
      accessed,
    });
    const citations = formatCitations(item);
    expect(citations.styles.apa).toMatch(/^NSPCC\. \(2021, April\)\. either\/or \[Quoted words\]/);
    expect(parseBibtex(citations.bibtex).entries[0].fields.author).toEqual([{ name: 'NSPCC' }]);
    expect(citations.ris).toContain('AU  - NSPCC\r\n');
  });

  it('exports a quote from a document that is not a news report as a generic work, and to RIS as a web page', () => {
    const item = quoteCslItem({
      id: 'q',
      title: 'words',
      speaker: patel,
      delivery: 'statement',
      source: { ...article, kind: 'statement' },
      permalink,
      accessed,
    });
    expect(item.type).toBe('document');
    const citations = formatCitations(item);
    expect(citations.bibtex.startsWith('@misc{')).toBe(true);
    // RIS's generic type, GEN, is read as a journal article by Zotero, which drops M3 for one.
    expect(citations.ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(citations.ris).toContain('M3  - Statement\r\n');
    expect(citations.ris).toContain('T2  - E&T (Engineering & Technology)\r\n');
    // A document known by no address is no web page.
    const letter: Source = { title: 'A letter', publication: 'Post', kind: 'letter', language: 'en', aliases: [] };
    expect(formatCitations(sourceCslItem('source:letter', letter, accessed)).ris.startsWith('TY  - GEN\r\n')).toBe(
      true,
    );
  });

  it('cites a source without inventing its author, dated to the month', () => {
    const citations = formatCitations(sourceCslItem('eandt-moral-duty-2021', article, accessed));
    expect(citations.styles.apa).toBe(
      'Home Secretary uses ‘moral duty’ argument against end-to-end encryption. (2021, April). <i>E&#38;T (Engineering &#38; Technology)</i>. https://eandt.theiet.org/content/articles/2021/04/home-secretary-uses-moral-duty-argument-against-end-to-end-encryption/',
    );
    expect(citations.bibtex.startsWith('@article{')).toBe(true);
    expect(citations.bibtex).not.toMatch(/author/);
    expect(citations.ris).not.toMatch(/^AU/m);
  });

  it('describes a source that prints no title in square brackets, never making one up', () => {
    const untitled: Source = {
      publication: 'Computer Weekly',
      kind: 'news-report',
      language: 'en',
      aliases: [],
      published: { iso: '2021-04', precision: 'month' },
    };
    const citations = formatCitations(sourceCslItem('source:computer-weekly-2021-04-18', untitled, accessed));
    expect(citations.styles.apa).toMatch(/^\[Untitled news report\]\. \(2021, April\)\. <i>Computer Weekly<\/i>\./);
    expect(parseBibtex(citations.bibtex).entries[0].fields.title).toBe('[Untitled news report]');
    expect(parseRis(citations.ris)[0].title).toBe('[Untitled news report]');
  });

  it('cites a web page as a web page: the site without “In” in APA, its title in italics, @online, a Web Page in RIS', () => {
    const page: Source = {
      title: '2023: A good year for privacy, a bad year for chat control',
      publication: 'EDRi (edri.org)',
      url: 'https://edri.org/our-work/2023-a-good-year-for-privacy-a-bad-year-for-chat-control/',
      published: { iso: '2023-12-19', precision: 'day' },
      author: 'EDRi',
      kind: 'web-page',
      language: 'en',
      aliases: [],
    };
    const citations = formatCitations(sourceCslItem('source:edri-review', page, accessed));
    expect(citations.styles.apa).toBe(
      'EDRi. (2023, December 19). <i>2023: A good year for privacy, a bad year for chat control</i>. EDRi (edri.org). https://edri.org/our-work/2023-a-good-year-for-privacy-a-bad-year-for-chat-control/',
    );
    expect(parseBibtex(citations.bibtex).entries[0]).toMatchObject({ type: 'online', key: 'source:edri-review' });
    expect(citations.ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(parseRis(citations.ris)[0]).toMatchObject({ 'container-title': 'EDRi (edri.org)' });
  });

  it('cites a page of the archive as an undated web page, with the date it was accessed', () => {
    const citations = formatCitations(
      archivePageCslItem(
        'priti-patel',
        'Priti Patel: quotes and positions',
        'https://on-the-record.example/stakeholders/priti-patel/',
        accessed,
      ),
    );
    expect(citations.styles.apa).toBe(
      '<i>Priti Patel: quotes and positions</i>. (n.d.). On the Record. Retrieved November 26, 2026, from https://on-the-record.example/stakeholders/priti-patel/',
    );
    const [entry] = parseBibtex(citations.bibtex).entries;
    expect(entry).toMatchObject({ type: 'online', key: 'priti-patel' });
    expect(entry.fields).toMatchObject({
      title: 'Priti Patel: quotes and positions',
      organization: ['On the Record'],
      urldate: '2026-11-26',
    });
    expect(citations.ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(parseRis(citations.ris)[0]).toMatchObject({
      title: 'Priti Patel: quotes and positions',
      'container-title': 'On the Record',
    });
    expect(citations.ris).toContain('Y2  - 2026/11/26/\r\n');
  });

  it('writes the letters TEL in a .bib so that no reader takes them for the telephone sign', () => {
    const title = 'WE’RE TELLING SOCIAL MEDIA PLATFORMS: HOTEL';
    const item = quoteCslItem({
      id: 'quote:telling',
      title,
      speaker: patel,
      delivery: 'statement',
      source: { ...article, publication: 'TELEGRAPH' },
      permalink: 'https://on-the-record.example/quotes/TELLING/',
      accessed,
    });
    const { bibtex } = formatCitations(item);
    // Zotero's importer replaces the bare letters "TEL" with "℡", braces or not.
    expect(bibtex.replace(/^\s*url = .*$/m, '')).not.toContain('TEL');
    expect(bibtex).toContain('url = {https://on-the-record.example/quotes/TELLING/}');
    const [entry] = parseBibtex(bibtex).entries;
    expect(entry.fields.title).toBe(title);
    expect(entry.fields.journaltitle).toBe('TELEGRAPH');
  });

  it('prints a publication’s name as the publication prints it, in every style', () => {
    // MLA and Chicago title-case a container: "apc.org" had become "Apc.Org".
    for (const publication of ['apc.org', 'i (inews.co.uk)', 'Session (getsession.org blog)']) {
      const source: Source = { ...article, publication, title: 'Open letter', kind: 'letter' };
      const quote = quoteCslItem({
        id: 'q',
        title: 'Words',
        speaker: patel,
        delivery: 'statement',
        source,
        permalink,
        accessed,
      });
      const styles = [sourceCslItem('s', source, accessed), quote].flatMap((item) =>
        Object.values(formatCitations(item).styles),
      );
      for (const html of styles) expect(textOf(html)).toContain(publication);
    }
  });

  it('prints an ampersand or angle bracket in a title as written, in every style', () => {
    const item = archivePageCslItem('c', 'Claim: E&T says 1 < 2', 'https://x.example/c/', accessed);
    for (const html of Object.values(formatCitations(item).styles)) {
      expect(textOf(html)).toContain('Claim: E&T says 1 < 2');
    }
  });
});
