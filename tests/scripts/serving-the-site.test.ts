import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { fixtureRecord, realRecord } from '../helpers/paths.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { visibleText } from '../helpers/html.ts';
import { startScript, type StartedServer } from '../helpers/start-script.ts';

const siteDir = inject('siteDir');
const quote = (await readQuoteFiles()).find((q) => q.id === 'patel-not-acceptable')!;

/** The words of the quotation a served quote page shows. */
async function quotationOn(server: StartedServer, page: string): Promise<string> {
  const response = await fetch(new URL(page, server.url), { signal: AbortSignal.timeout(60_000) });
  expect(response.status, `${page} on ${server.url}`).toBe(200);
  const { document } = parseHTML(await response.text());
  return visibleText(document.querySelector('#quotation') as unknown as Element);
}

/** Runs a script with the server it started, and stops the server whatever happens. */
async function whileServing(server: StartedServer, check: (server: StartedServer) => Promise<void>): Promise<void> {
  try {
    await check(server);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\nnpm printed:\n${server.output()}`, { cause: error });
  } finally {
    await server.stop();
  }
}

// `npm start` and `npm run dev` run in copies of the project (see projectCopy): Astro writes a
// build's module map into its root's .astro/, which `npm run check` writes in the project itself.
describe('serving the archive', () => {
  it('npm start builds the archive and serves it, quote pages and search index alike', async () => {
    const copy = await projectCopy('start');
    // The fixture record, as the other tests of behaviour build: the real record's build is the
    // record project's to check.
    const server = await startScript('start', { ...copy.env, OTR_CONTENT_DIR: fixtureRecord }, copy.root);
    await whileServing(server, async (s) => {
      expect(await quotationOn(s, '/quotes/patel-not-acceptable/')).toBe(quote.text);
      expect((await fetch(new URL('/pagefind/pagefind.js', s.url))).status).toBe(200);
    });
  }, 300_000);

  it('npm run preview serves the built archive in dist/, and answers a missing page with the 404 page', async () => {
    const server = await startScript('preview', { OTR_OUT_DIR: siteDir });
    await whileServing(server, async (s) => {
      expect(await quotationOn(s, '/quotes/patel-not-acceptable/')).toBe(quote.text);
      const missing = await fetch(new URL('/quotes/no-such-quote/', s.url));
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
    await whileServing(server, async (s) => {
      expect(await quotationOn(s, '/quotes/patel-not-acceptable/')).toBe(quote.text);
      const { document } = parseHTML(await (await fetch(s.url)).text());
      expect(document.querySelector('h1')?.textContent).toMatch(/On the Record/);
    });
  }, 300_000);
});
