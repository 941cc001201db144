import { parseHTML } from 'linkedom';

/** One URL a page points to, as written in its HTML. */
export interface PageReference {
  /** Where it was found, for messages: `a href`, `img src`, `script src`… */
  where: string;
  /** The URL exactly as written. */
  url: string;
  /** True when the browser fetches it as the page loads (images, scripts, styles), false for links. */
  loads: boolean;
}

/** What the link checker needs to know about one built page. */
export interface PageReferences {
  /** Every `id` (and legacy `a[name]`) a `#fragment` can point to. */
  anchors: Set<string>;
  references: PageReference[];
}

/** Attributes holding one URL; `loads` marks those fetched with the page. */
const URL_ATTRIBUTES: { selector: string; attribute: string; loads: boolean }[] = [
  { selector: 'a[href]', attribute: 'href', loads: false },
  // A search form must lead somewhere: the header and 404 forms submit to /search/.
  { selector: 'form[action]', attribute: 'action', loads: false },
  { selector: 'area[href]', attribute: 'href', loads: false },
  { selector: 'link[href]:not([rel~="canonical"]):not([rel~="alternate"])', attribute: 'href', loads: true },
  { selector: 'link[rel~="canonical"][href], link[rel~="alternate"][href]', attribute: 'href', loads: false },
  { selector: 'img[src]', attribute: 'src', loads: true },
  { selector: 'source[src]', attribute: 'src', loads: true },
  { selector: 'script[src]', attribute: 'src', loads: true },
  { selector: 'iframe[src]', attribute: 'src', loads: true },
  { selector: 'video[src]', attribute: 'src', loads: true },
  { selector: 'video[poster]', attribute: 'poster', loads: true },
  { selector: 'audio[src]', attribute: 'src', loads: true },
  { selector: 'object[data]', attribute: 'data', loads: true },
  { selector: 'blockquote[cite], q[cite]', attribute: 'cite', loads: false },
];

/** Attributes holding a list of "url width" candidates. */
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

/** Reads the anchors and every URL a page links to or loads from its HTML. */
export function readPageReferences(html: string): PageReferences {
  const { document } = parseHTML(html);
  const anchors = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) anchors.add(el.getAttribute('id') ?? '');
  for (const el of document.querySelectorAll('a[name]')) anchors.add(el.getAttribute('name') ?? '');

  const references: PageReference[] = [];
  for (const { selector, attribute, loads } of URL_ATTRIBUTES) {
    for (const el of document.querySelectorAll(selector)) {
      const where = `${el.localName} ${attribute}`;
      references.push({ where, url: (el.getAttribute(attribute) ?? '').trim(), loads });
    }
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const el of document.querySelectorAll(selector)) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ where: `${el.localName} srcset`, url, loads: true });
      }
    }
  }
  return { anchors, references };
}
