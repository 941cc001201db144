import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readQuoteFiles } from '../helpers/content-files.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

const siteDir = inject('siteDir');
const quotePath = 'quotes/patel-not-acceptable/';
let served: Served;
let browser: Browser;
/** A reader's window that may download files and use the clipboard. */
let reader: BrowserContext;
/** Its one tab, which each test opens the quote page in anew: a new tab starts a renderer of its own. */
let tab: Page;

beforeAll(async () => {
  [served, browser] = await Promise.all([serveStatic(siteDir), workerBrowser()]);
  reader = await browser.newContext({ acceptDownloads: true });
  await reader.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
  tab = await reader.newPage();
});
afterAll(async () => {
  await reader?.close();
  await served?.close();
});

/** The path of every quote page of the record built. */
async function everyQuotePath(): Promise<string[]> {
  return (await readQuoteFiles()).map((q) => `quotes/${q.id}/`);
}

async function openQuotePage() {
  await tab.goto(served.url + quotePath);
  return tab;
}

describe('“Cite this” on a quote page', () => {
  it('copies the permanent link and tells a screen reader it did', async () => {
    const page = await openQuotePage();
    await page.getByRole('button', { name: 'Copy permanent link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://on-the-record.example/${quotePath}`,
    );
    await expect
      .poll(() => page.locator('[data-copy-status]').textContent())
      .toBe('Copied the permanent link to the clipboard.');
  });

  it('copies the APA and BibTeX citations exactly as shown, the others one click away', async () => {
    const page = await openQuotePage();
    expect(await page.locator('#cite-bib').isVisible()).toBe(false);
    await page.locator('.more-citations summary').click();
    for (const [button, shown] of [
      ['Copy APA 7 citation', '#cite-apa'],
      ['Copy BibTeX', '#cite-bib'],
    ]) {
      await page.getByRole('button', { name: button }).click();
      // The copy ends after the click does.
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(await page.locator(shown).textContent());
    }
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@article\{quote:patel-not-acceptable,/);
  });

  it('copies a citation with its italics for a word processor, and as plain text for an editor', async () => {
    const page = await openQuotePage();
    expect(await page.locator('#cite-apa i').allTextContents()).toEqual(['E&T (Engineering & Technology)']);
    await page.getByRole('button', { name: 'Copy APA 7 citation' }).click();
    await expect
      .poll(() => page.locator('[data-copy-status]').textContent())
      .toBe('Copied the APA 7 citation to the clipboard.');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (await item.getType(type)).text();
      return { types: item.types, html: await read('text/html'), text: await read('text/plain') };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.text).toBe(await page.locator('#cite-apa').textContent());
    const pasted = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return { italic: [...doc.querySelectorAll('i')].map((i) => i.textContent), text: doc.body.textContent };
    }, copied.html);
    expect(pasted.italic).toEqual(['E&T (Engineering & Technology)']);
    expect(pasted.text?.trim()).toBe(copied.text);
  });

  it('downloads the RIS file', async () => {
    const page = await openQuotePage();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'RIS file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('patel-not-acceptable.ris');
    const ris = await readFile((await download.path())!, 'utf8');
    expect(ris).toMatch(/^TY {2}- MGZN\r\n/);
    expect(ris).toContain(`UR  - https://on-the-record.example/${quotePath}`);
  });

  it('serves every download it links to, with the citation shown on the page', async () => {
    const page = await openQuotePage();
    const links = await page
      .locator('a[data-download]')
      .evaluateAll((as) =>
        as.map((a) => ({ url: (a as HTMLAnchorElement).href, format: a.getAttribute('data-download') })),
      );
    expect(links.map((l) => l.format)).toEqual(['ris', 'bib', 'json']);
    for (const { url, format } of links) {
      const response = await reader.request.get(url);
      expect(response.status(), url).toBe(200);
      // HTML turns the RIS file's CRLF line endings into LF in the page's text.
      expect((await response.text()).replace(/\r\n/g, '\n')).toBe(
        await page.locator(`[data-format="${format}"]`).textContent(),
      );
    }
  });

  it('leaves the citations readable and selectable without JavaScript, with no dead buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.url + quotePath);
    await expect.poll(() => page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    expect(await page.locator('#cite-apa').isVisible()).toBe(true);
    expect(await page.locator('#cite-apa').textContent()).toMatch(/^Patel, P\. \(2021, April\)/);
    await page.locator('.more-citations summary').click();
    expect(await page.locator('#cite-mla').isVisible()).toBe(true);
    await context.close();
  });

  it('offers an embed snippet that, pasted into a bare page, shows the words and link and loads nothing', async () => {
    const page = await openQuotePage();
    await page.locator('.embed summary').click();
    await page.getByRole('button', { name: 'Copy embed HTML' }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await page.locator('#embed-snippet').textContent());
    const words = await page.locator('#quotation').textContent();

    const bare = await reader.newPage();
    const requests: string[] = [];
    bare.on('request', (request) => requests.push(request.url()));
    await bare.setContent(`<!doctype html><html lang="en"><title>A blog</title><body>${snippet}</body></html>`);
    expect(requests).toEqual([]);
    expect((await bare.locator('blockquote').textContent())?.trim()).toBe(words?.trim());
    expect(await bare.locator('blockquote').getAttribute('cite')).toBe(`https://on-the-record.example/${quotePath}`);
    expect(await bare.locator('figcaption').textContent()).toMatch(
      /^— Priti Patel, Home Secretary, 19 April 2021\. Prepared remarks/,
    );
    expect(await bare.getByRole('link').getAttribute('href')).toBe(`https://on-the-record.example/${quotePath}`);
    await bare.close();
  });

  describe('on every quote page', () => {
    // What each page shows at a desktop width and on a phone's first screen, measured in one
    // visit: resizing the window lays the page out again, far quicker than loading it twice.
    const seen: { path: string; desktop: { quote: number; box: number }; phone: { quote: number; speaker: number } }[] =
      [];
    beforeAll(async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // Read in one call to the page, not one locator each: 25 → 16 s of CPU for 43 pages.
      const boxes = () =>
        page.evaluate(() => {
          const rect = (selector: string) =>
            document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
          return { quote: rect('.record-quote'), box: rect('.cite-box'), speaker: rect('[data-speaker]') };
        });
      for (const path of await everyQuotePath()) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(served.url + path);
        const wide = await boxes();
        const desktop = { quote: wide.quote.height, box: wide.box.height };
        await page.setViewportSize({ width: 390, height: 844 });
        const { quote, speaker } = await boxes();
        seen.push({ path, desktop, phone: { quote: quote.bottom, speaker: speaker.bottom } });
      }
      await page.close();
    });

    it('shows a citation box no taller than the quotation above it, or 320 px for a short one, at 1280 px', () => {
      expect(seen.length).toBeGreaterThan(0);
      for (const { path, desktop } of seen) expect(desktop.box, path).toBeLessThanOrEqual(Math.max(desktop.quote, 320));
    });

    it('shows the whole quotation and its speaker on the first screen of a phone', () => {
      expect(seen.length).toBeGreaterThan(0);
      for (const { path, phone } of seen) {
        expect(phone.quote, path).toBeLessThanOrEqual(844);
        expect(phone.speaker, path).toBeLessThanOrEqual(844);
      }
    });
  });
});
