import { describe, expect, it } from 'vitest';
import type { Source } from '../../schemas/source';
import type { Stakeholder } from '../../schemas/stakeholder';
import { archivePageCslItem, quoteCslItem, sourceCslItem } from './csl-item';
import { formatCitations } from './format-citations';

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
const accessed = { iso: '2026-11-26', precision: 'day' } as const;
const permalink = 'https://on-the-record.example/quotes/patel-not-acceptable/';

const notAcceptable = quoteCslItem({
  id: 'patel-not-acceptable',
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

  it('follows APA 7: speaker, source date to the month, words, delivery, outlet, archive, link', () => {
    expect(citations.styles.apa).toBe(
      'Patel, P. (2021, April). This is not acceptable. We cannot allow a situation where law enforcement’s ability… [Prepared remarks]. E&T (Engineering & Technology). On the Record. https://on-the-record.example/quotes/patel-not-acceptable/',
    );
  });

  it('follows MLA 9, keeping the speaker’s capitals rather than title-casing her words', () => {
    expect(citations.styles.mla).toBe(
      'Patel, Priti. “This is not acceptable. We cannot allow a situation where law enforcement’s ability….” E&T (Engineering & Technology), Apr. 2021, https://on-the-record.example/quotes/patel-not-acceptable/. On the Record.',
    );
  });

  it('follows Chicago author-date', () => {
    expect(citations.styles.chicago).toBe(
      'Patel, Priti. 2021. “This is not acceptable. We cannot allow a situation where law enforcement’s ability….” Prepared remarks. E&T (Engineering & Technology), April 2021. On the Record. https://on-the-record.example/quotes/patel-not-acceptable/.',
    );
  });

  it('follows Harvard (Cite Them Right), with the access date', () => {
    expect(citations.styles.harvard).toBe(
      'Patel, P. (2021) ‘This is not acceptable. We cannot allow a situation where law enforcement’s ability…’, E&T (Engineering & Technology), April. Available at: https://on-the-record.example/quotes/patel-not-acceptable/ (Accessed: 26 November 2026).',
    );
  });

  it('exports to BibTeX as an article in the outlet, with the access date', () => {
    expect(citations.bibtex).toBe(
      [
        '@article{Patel2021This,',
        '\tnote = {[Online; accessed 2026-11-26]},',
        '\tauthor = {Patel, Priti},',
        '\tjournal = {E\\&T (Engineering \\& Technology)},',
        '\tyear = {2021},',
        '\tmonth = {4},',
        '\ttitle = {This is not acceptable. {We} cannot allow a situation where law enforcement\\textquoteright{}s ability...},',
        '\ttype = {Prepared remarks},',
        `\turl = {${permalink}},`,
        `\thowpublished = {${permalink}},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('exports to RIS as a magazine article, with no markup in the title', () => {
    const tags = citations.ris.split('\n').map((line) => line.slice(0, 6));
    expect(citations.ris.startsWith('TY  - MGZN\n')).toBe(true);
    expect(citations.ris).toContain('AU  - Patel, Priti\n');
    expect(citations.ris).toContain('PY  - 2021\n');
    expect(citations.ris).toContain('DA  - 2021/4//\n');
    expect(citations.ris).toContain('T2  - E&T (Engineering & Technology)\n');
    expect(citations.ris).toContain(`UR  - ${permalink}\n`);
    expect(citations.ris).toContain('Y2  - 2026/11/26/\n');
    expect(citations.ris).not.toContain('<span');
    expect(tags).toContain('TI  - ');
    expect(citations.ris.endsWith('\nER  - \n')).toBe(true);
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
    expect(citations.bibtex).toContain('author = {{NSPCC}}');
    expect(citations.ris).toContain('AU  - NSPCC\n');
  });

  it('exports a quote from a document that is not a news report as a generic work', () => {
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
    expect(citations.ris.startsWith('TY  - GEN\n')).toBe(true);
  });

  it('cites a source without inventing its author, dated to the month', () => {
    const citations = formatCitations(sourceCslItem('eandt-moral-duty-2021', article, accessed));
    expect(citations.styles.apa).toBe(
      'Home Secretary uses ‘moral duty’ argument against end-to-end encryption. (2021, April). E&T (Engineering & Technology). https://eandt.theiet.org/content/articles/2021/04/home-secretary-uses-moral-duty-argument-against-end-to-end-encryption/',
    );
    expect(citations.bibtex.startsWith('@article{')).toBe(true);
    expect(citations.bibtex).not.toMatch(/author/);
    expect(citations.ris).not.toMatch(/^AU/m);
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
      'Priti Patel: quotes and positions. (n.d.). On the Record. Retrieved November 26, 2026, from https://on-the-record.example/stakeholders/priti-patel/',
    );
    expect(citations.bibtex.startsWith('@misc{')).toBe(true);
    expect(citations.ris.startsWith('TY  - ELEC\n')).toBe(true);
  });

  it('prints an ampersand or angle bracket in a title as written, in every style', () => {
    const item = archivePageCslItem('c', 'Claim: E&T says 1 < 2', 'https://x.example/c/', accessed);
    for (const text of Object.values(formatCitations(item).styles)) {
      expect(text).toContain('Claim: E&T says 1 < 2');
    }
  });
});
