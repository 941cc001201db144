import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { Source } from '../../schemas/source.ts';
import type { Stakeholder } from '../../schemas/stakeholder.ts';
import { archivePageCslItem, quoteCslItem, sourceCslItem, type CslItem } from './csl-item.ts';
import { CITATION_STYLES, formatCitations, protectCase } from './format-citations.ts';
import { formatReference, inlineReference } from './styled-citation.ts';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const accessed = day('2026-11-26');
const outlet: Source = {
  title: 'Home Secretary uses ‘moral duty’ argument against end-to-end encryption',
  publication: 'E&T (Engineering & Technology)',
  publisher: 'The Institution of Engineering and Technology (IET)',
  url: 'https://eandt.theiet.org/content/articles/2021/04/x/',
  published: { iso: '2021-04', precision: 'month' },
  kind: 'news-report',
  language: 'en',
  aliases: [],
};
const untitled: Source = { publication: 'ITV News', kind: 'statement', language: 'en-GB', aliases: [] };
const person = {
  name: 'Priti Patel',
  familyName: 'Patel',
  givenName: 'Priti',
  kind: 'person',
  summary: 's',
} as Stakeholder;
const familyOnly = { name: 'Lord Example', familyName: 'Example', kind: 'person', summary: 's' } as Stakeholder;
const organisation = { name: 'NSPCC', kind: 'organisation', summary: 's' } as Stakeholder;

function quote(id: string, speaker: Stakeholder, source: Source, spoken?: PartialDate): CslItem {
  return quoteCslItem({
    id,
    title: 'We cannot allow a situation where “backdoors” & <tags> are Mentioned…',
    speaker,
    delivery: 'reported-speech',
    spoken,
    source,
    permalink: `https://on-the-record.example/quotes/${id}/`,
    accessed,
  });
}

// Items of every shape the archive cites: people and organisations, dated to the day, the month
// or not at all, news reports and other documents, sources with and without titles, its own pages.
const items: CslItem[] = [
  quote('a', person, outlet, day('2021-04-19')),
  quote('b', person, outlet, day('2021-04-19')),
  quote('c', familyOnly, outlet),
  quote('d', organisation, untitled),
  quote('e', organisation, { ...untitled, published: { iso: '2021', precision: 'year' } }),
  sourceCslItem('eandt', outlet, accessed),
  sourceCslItem('itv', untitled, accessed),
  sourceCslItem('authored', { ...outlet, author: 'A Reporter' }, accessed),
  archivePageCslItem('p', 'Priti Patel: quotes and positions', 'https://on-the-record.example/s/p/', accessed),
  archivePageCslItem('c2', 'Claim: E&T says 1 < 2', 'https://on-the-record.example/c/c2/', accessed),
];

/** The same reference as citation-js renders it with the full style: what a reader's tool would give. */
function throughCitationJs(item: CslItem, style: string, locale: string): string {
  return inlineReference(
    new Cite(protectCase(item)).format('bibliography', { format: 'html', template: style, lang: locale }),
  );
}

describe('references rendered with the single-item styles', () => {
  formatCitations(items[0]); // registers the styles

  for (const { key, style, locale } of CITATION_STYLES) {
    it(`read exactly as citation-js renders them with the full ${key} style`, () => {
      for (const item of items) {
        expect(formatReference(protectCase(item), style, locale), item.id).toBe(throughCitationJs(item, style, locale));
      }
    });
  }

  it('never tell two works by the same author in the same year apart with a letter, as a list would', () => {
    const first = formatCitations(items[0]).styles;
    const second = formatCitations(items[1]).styles;
    for (const text of [...Object.values(first), ...Object.values(second)]) {
      expect(text).not.toMatch(/2021[a-z]\b/);
    }
  });

  it('render an entry again with what it now says, not what it said when rendered before under the same id', () => {
    const before = archivePageCslItem('claim:a', 'Claim: a', 'https://x.example/claims/a/', day('2026-11-28'));
    const after: CslItem = { ...before, title: 'Claim: a, reworded', accessed: { 'date-parts': [[2026, 11, 29]] } };
    for (const { style, locale } of CITATION_STYLES) {
      formatReference(before, style, locale);
      const text = formatReference(after, style, locale);
      expect(text).toMatch(/reworded/i);
      expect(text).toMatch(/29/);
    }
  });
});

describe('a reference’s markup', () => {
  it('keeps the style’s italics and drops citeproc’s wrappers and styled spans, which the pages’ policy refuses', () => {
    const bibliography =
      '<div class="csl-bib-body">\n  <div class="csl-entry">Patel, P. <span style="font-variant:small-caps;">ed.</span> <i>E&#38;T</i>, <b>4</b><sup>th</sup>.</div>\n</div>';
    expect(inlineReference(bibliography)).toBe('Patel, P. ed. <i>E&#38;T</i>, <b>4</b><sup>th</sup>.');
  });

  it('sets the outlet of a quote in italics in every style', () => {
    for (const { style, locale } of CITATION_STYLES) {
      expect(formatReference(protectCase(items[0]), style, locale), style).toContain(
        '<i>E&#38;T (Engineering &#38; Technology)</i>',
      );
    }
  });
});
