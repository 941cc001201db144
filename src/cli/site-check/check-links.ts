import type { PageReferences } from './page-references.ts';

/** A built site as the link checker sees it. */
export interface BuiltSite {
  /** Public origin of the site (`https://example.org`); absolute links to it are internal. */
  site: string;
  /** Base path the folder is served under, e.g. `/` or `/archive/`. */
  base: string;
  /** Every file in the built folder, relative to it, with `/` separators (`quotes/x/index.html`). */
  files: Set<string>;
  /** The references of every HTML page, keyed by its file (`quotes/x/index.html`). */
  pages: Map<string, PageReferences>;
}

/** One broken reference, named so that a person can find and fix it. */
export interface LinkProblem {
  /** The page's address on the site, e.g. `/archive/quotes/x/`. */
  page: string;
  /** Where on the page, e.g. `a href`. */
  where: string;
  /** The URL as written in the HTML. */
  url: string;
  /** What is wrong and what to do. */
  problem: string;
}

/** Schemes that do not fetch anything and need no checking. */
const INERT_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'blob:']);

/** The address a built file is served at: `quotes/x/index.html` → `/base/quotes/x/`. */
export function pageAddress(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a site path is served from, or undefined when there is none. */
function fileFor(pathname: string, site: BuiltSite): string | undefined {
  const prefix = site.base.endsWith('/') ? site.base : `${site.base}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const rel = decodeURIComponent(pathname.slice(prefix.length));
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.find((c) => site.files.has(c));
}

/** Checks one reference; returns what is wrong with it, or undefined when it resolves. */
function checkReference(page: string, url: string, loads: boolean, site: BuiltSite): string | undefined {
  if (url === '') return 'is empty; give it the address it should lead to';
  const siteOrigin = new URL(site.site).origin;
  let target: URL;
  try {
    target = new URL(url, new URL(page, siteOrigin));
  } catch {
    return 'is not a valid URL';
  }
  if (INERT_SCHEMES.has(target.protocol)) return undefined;
  if (target.protocol === 'javascript:') return 'runs script from a URL; use a button and a bundled <script> instead';
  if (target.origin !== siteOrigin) {
    if (loads) return 'is loaded from another host; serve the file from this site (public/ or src/) instead';
    if (target.protocol !== 'https:') return `uses ${target.protocol.replace(':', '')}; link to the https:// address`;
    return undefined;
  }
  const file = fileFor(target.pathname, site);
  if (!file) {
    const prefix = site.base.endsWith('/') ? site.base : `${site.base}/`;
    return target.pathname.startsWith(prefix)
      ? `leads to ${target.pathname}, which the build does not produce; fix the link or the page it should lead to`
      : `leads to ${target.pathname}, outside the base path ${site.base}; build it with href() from src/lib/record/paths.ts`;
  }
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment === '') return undefined;
  const anchors = site.pages.get(file)?.anchors;
  if (!anchors) return `points to #${fragment} in ${target.pathname}, which is not an HTML page`;
  if (!anchors.has(fragment))
    return `points to #${fragment}, but ${target.pathname} has no element with id="${fragment}"`;
  return undefined;
}

/** Every internal link, image, script and #fragment that does not resolve, and every insecure or foreign one. */
export function checkLinks(site: BuiltSite): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [file, { references }] of site.pages) {
    const page = pageAddress(file, site.base);
    for (const { where, url, loads } of references) {
      const problem = checkReference(page, url, loads, site);
      if (problem) problems.push({ page, where, url, problem });
    }
  }
  return problems;
}

/** One line per problem: `/quotes/x/: a href "/claims/y/" leads to …`. */
export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.where} "${p.url}" ${p.problem}`).join('\n');
}
