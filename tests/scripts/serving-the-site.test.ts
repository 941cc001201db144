import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { realRecord } from '../helpers/paths.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { visibleText } from '../helpers/html.ts';
import { startScript, type StartedServer } from '../helpers/start-script.ts';

const siteDir = inject('siteDir');
const quote = (await readQuoteFiles()).find((q) => q.id === 'patel-not-acceptable')!;

/** The words of the quotation a served quote page shows. */
async function quotationOn(url: string, page: string): Promise<string> {
  const response = await fetch(new URL(page, url), { signal: AbortSignal.timeout(60_000) });
  expect(response.status, `${page} on ${url}`).toBe(200);
  const { document } = parseHTML(await response.text());
  return visibleText(document.querySelector('#quotation') as unknown as Element);
}

/** Runs a check of a served site; if it fails, the failure shows what npm printed. */
async function showingOutput(output: () => string, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\nnpm printed:\n${output()}`, { cause: error });
  }
}

/** Runs a script with the server it started, and stops the server whatever happens. */
async function whileServing(server: StartedServer, check: (url: string) => Promise<void>): Promise<void> {
  try {
    await showingOutput(server.output, () => check(server.url));
  } finally {
    await server.stop();
  }
}

// `npm start` and `npm run dev` run in copies of the project (see projectCopy): Astro writes a
// build's module map into its root's .astro/, which `npm run check` writes in the project itself.
describe('serving the archive', () => {
  it('npm start builds the archive and serves it, quote pages and search index alike', async () => {
    // The run's own `npm start` of the fixture record (tests/global-setup.ts), whose build every
    // test of the site reads: the real record's build is the record project's to check.
    const url = inject('startedUrl');
    await showingOutput(
      () => inject('startOutput'),
      async () => {
        expect(await quotationOn(url, '/quotes/patel-not-acceptable/')).toBe(quote.text);
        expect((await fetch(new URL('/pagefind/pagefind.js', url))).status).toBe(200);
      },
    );
  });

  it('npm run preview serves the built archive in dist/, and answers a missing page with the 404 page', async () => {
    const server = await startScript('preview', { OTR_OUT_DIR: siteDir });
    await whileServing(server, async (url) => {
      expect(await quotationOn(url, '/quotes/patel-not-acceptable/')).toBe(quote.text);
      const missing = await fetch(new URL('/quotes/no-such-quote/', url));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/<h1[^>]*>[^<]*not found/i);
    });
  });

  it('npm run dev serves the record from the content folder as it stands', async () => {
    const copy = await projectCopy('dev');
    const server = await startScript(
      'dev',
      { OTR_CACHE_DIR: copy.env.OTR_CACHE_DIR, OTR_CONTENT_DIR: realRecord },
      copy.root,
    );
    await whileServing(server, async (url) => {
      expect(await quotationOn(url, '/quotes/patel-not-acceptable/')).toBe(quote.text);
      const { document } = parseHTML(await (await fetch(url)).text());
      expect(document.querySelector('h1')?.textContent).toMatch(/On the Record/);
    });
  }, 300_000);
});
