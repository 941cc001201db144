import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one kind of page: median and largest over every page of that kind. */
export interface PageSizes {
  pages: number;
  html_kb_median: number;
  html_kb_max: number;
  css_kb_median: number;
  js_kb_median: number;
  js_kb_max: number;
  /** HTML plus its stylesheets, each gzipped as a server would send them. */
  html_css_gzip_kb_median: number;
  html_css_gzip_kb_max: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

const inlineBytes = (html: string, tag: RegExp) =>
  [...html.matchAll(tag)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);

/** Files a page pulls in: stylesheets and module scripts, by their root-relative URL. */
function assetsOf(html: string) {
  const attr = (tag: RegExp) => [...html.matchAll(tag)].map((m) => m[1]);
  return {
    css: attr(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
    js: attr(/<script[^>]+src="([^"]+)"/g),
    inlineJsBytes: inlineBytes(html, /<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g),
    // Astro inlines small stylesheets into a <style> element.
    inlineCssBytes: inlineBytes(html, /<style[^>]*>([\s\S]*?)<\/style>/g),
  };
}

/** Measures every `<kind>/<id>/index.html` page of a built site (e.g. kind "quotes"). */
export async function measurePages(siteDir: string, kind: string): Promise<PageSizes> {
  const assetCache = new Map<string, { raw: number; gzip: number }>();
  const asset = async (url: string) => {
    if (!assetCache.has(url)) {
      const file = await readFile(path.join(siteDir, url.replace(/^\/+/, '').split('?')[0]));
      assetCache.set(url, { raw: file.length, gzip: gzipSync(file).length });
    }
    return assetCache.get(url)!;
  };
  const ids = (await readdir(path.join(siteDir, kind), { withFileTypes: true })).filter((d) => d.isDirectory());
  const rows: { html: number; css: number; js: number; gzip: number }[] = [];
  for (const { name } of ids) {
    const file = path.join(siteDir, kind, name, 'index.html');
    if (!(await stat(file).catch(() => undefined))) continue;
    const html = await readFile(file);
    const { css, js, inlineJsBytes, inlineCssBytes } = assetsOf(html.toString('utf8'));
    const cssFiles = await Promise.all(css.map(asset));
    const jsFiles = await Promise.all(js.map(asset));
    rows.push({
      html: html.length,
      css: cssFiles.reduce((n, f) => n + f.raw, 0) + inlineCssBytes,
      js: jsFiles.reduce((n, f) => n + f.raw, 0) + inlineJsBytes,
      gzip: gzipSync(html).length + cssFiles.reduce((n, f) => n + f.gzip, 0),
    });
  }
  const of = (key: keyof (typeof rows)[number]) => rows.map((r) => r[key]);
  return {
    pages: rows.length,
    html_kb_median: kb(median(of('html'))),
    html_kb_max: kb(Math.max(...of('html'))),
    css_kb_median: kb(median(of('css'))),
    js_kb_median: kb(median(of('js'))),
    js_kb_max: kb(Math.max(...of('js'))),
    html_css_gzip_kb_median: kb(median(of('gzip'))),
    html_css_gzip_kb_max: kb(Math.max(...of('gzip'))),
  };
}

/** Every HTML page of a built site, to check the floor wrote as many as Astro did. */
export async function countPages(siteDir: string): Promise<number> {
  const entries = await readdir(siteDir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}

/** Total bytes of a folder, e.g. the search index. */
export async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries.filter((d) => d.isFile()).map((d) => stat(path.join(d.parentPath, d.name)).then((s) => s.size)),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
