import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Bytes as stored and as sent with gzip. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a browser fetches to show one page, by kind. */
export interface PageWeight {
  /** The HTML file, inline styles and scripts included. */
  html: Bytes;
  /** Stylesheets: inline `<style>` elements and linked files. */
  css: Bytes;
  /** Scripts: inline `<script>` elements and script files, with the modules they import. */
  js: Bytes;
  /** Pagefind's files, fetched only to search; kept out of the other figures. */
  search: Bytes;
  /** Everything sent over the wire with gzip except search: the HTML file and linked files. */
  transferredGzip: number;
}

/** Reads a file of the built site by its URL path (`/_astro/x.js`); undefined when missing. */
export type ReadAsset = (urlPath: string) => Buffer | undefined;

/** URL paths of the search engine's own files, which only searching loads. */
export function isSearchAsset(urlPath: string): boolean {
  return urlPath.includes('/pagefind/');
}

export function measureBytes(content: string | Buffer): Bytes {
  return { raw: Buffer.byteLength(content), gzip: gzipSync(content).length };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const NONE: Bytes = { raw: 0, gzip: 0 };

/** Static imports of a bundled module (`import"./a.js"`, `from"./b.js"`), as URL paths. */
function staticImports(code: string, from: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g)].map((m) => m[1]);
  return specifiers.map((s) => new URL(s, `http://site${from}`).pathname);
}

/**
 * Weighs one built page: its HTML and every stylesheet and script it loads (following static
 * module imports), each counted once, with search assets set apart.
 */
export function weighPage(html: string, pageUrl: string, readAsset: ReadAsset): PageWeight {
  const { document } = parseHTML(html);
  const resolve = (url: string) => new URL(url, `http://site${pageUrl}`).pathname;
  let css = NONE;
  let js = NONE;
  let search = NONE;
  let linked = 0;
  for (const style of document.querySelectorAll('style')) css = add(css, measureBytes(style.textContent ?? ''));
  for (const script of document.querySelectorAll('script:not([src])'))
    js = add(js, measureBytes(script.textContent ?? ''));

  const stylesheets = [...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) =>
    resolve(l.getAttribute('href')!),
  );
  const scripts = [...document.querySelectorAll('script[src], link[rel="modulepreload"][href]')].map((s) =>
    resolve(s.getAttribute('src') ?? s.getAttribute('href')!),
  );
  const seen = new Set<string>();
  const visit = (urlPath: string, kind: 'css' | 'js') => {
    if (seen.has(urlPath)) return;
    seen.add(urlPath);
    const content = readAsset(urlPath);
    if (!content) return;
    const bytes = measureBytes(content);
    if (isSearchAsset(urlPath)) search = add(search, bytes);
    else {
      linked += bytes.gzip;
      if (kind === 'css') css = add(css, bytes);
      else js = add(js, bytes);
    }
    if (kind === 'js') for (const imported of staticImports(content.toString('utf8'), urlPath)) visit(imported, 'js');
  };
  for (const s of stylesheets) visit(s, 'css');
  for (const s of scripts) visit(s, 'js');

  const htmlBytes = measureBytes(html);
  return { html: htmlBytes, css, js, search, transferredGzip: htmlBytes.gzip + linked };
}

/** The route a page address comes from: `/quotes/x/` → `/quotes/[id]/`, `/quotes/` stays. */
export function pageType(address: string, base = '/'): string {
  const path = address.slice(base.length - 1);
  const segments = path.split('/').filter(Boolean);
  return segments.length >= 2 ? `/${segments[0]}/[id]/` : path;
}
