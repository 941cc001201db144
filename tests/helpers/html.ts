import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Reads a built page (`/quotes/x/` → `dist/quotes/x/index.html`) as a DOM document. */
export async function readPage(outDir: string, pagePath: string): Promise<Document> {
  const file = path.join(outDir, pagePath.replace(/^\/+/, ''), pagePath.endsWith('.html') ? '' : 'index.html');
  const { document } = parseHTML(await readFile(file, 'utf8'));
  return document as unknown as Document;
}

/** Text as a reader sees it: white space collapsed. */
export function visibleText(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
