import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteUrl } from '../../src/settings.ts';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

const QUOTE = '/quotes/patel-moral-duty/';
let browser: Browser;
let served: Served;
let page: Page;
/** The text a printer puts on paper: what is rendered under print media, hidden parts left out. */
let printed: string;

beforeAll(async () => {
  [browser, served] = await Promise.all([workerBrowser(), serveStatic(inject('siteDir'))]);
  page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(new URL(QUOTE, served.url).href);
  await page.emulateMedia({ media: 'print' });
  printed = await page.evaluate(() => document.body.innerText);
});

afterAll(async () => {
  await page?.close();
  await served?.close();
});

describe('a quote page on paper', () => {
  it('prints the quotation, its speaker, date, delivery and source', async () => {
    const quotation = await page.locator('#quotation').innerText();
    expect(quotation.length).toBeGreaterThan(20);
    expect(printed).toContain(quotation);
    for (const words of ['Speaker', 'Priti Patel', 'Date', 'Delivery', 'Source', 'E&T'])
      expect(printed).toContain(words);
  });

  it('prints the permanent URL of the quote in full', () => {
    expect(printed).toContain(`Permanent URL: ${new URL(QUOTE, siteUrl).href}`);
  });

  it('spells out where the link to the original source leads', async () => {
    const link = page.locator('main a[data-original]');
    const shown = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(shown).toBe(`" (${await link.getAttribute('href')})"`);
  });

  it('leaves out the navigation, the search form and the skip link', async () => {
    for (const selector of ['.site-header', '.site-footer', 'nav', 'form', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(printed).not.toContain('Skip to content');
    expect(printed).not.toContain('Search the record');
  });

  it('prints black on white even when the reader’s screen is dark, and fits on one sheet', async () => {
    const colours = await page.evaluate(() => [
      getComputedStyle(document.body).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});
