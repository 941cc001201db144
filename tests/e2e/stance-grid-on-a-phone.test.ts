import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type Served } from '../helpers/serve.ts';
import { workerBrowser } from '../helpers/browser-on-site.ts';

let browser: Browser;
let served: Served;

beforeAll(async () => {
  served = await serveStatic(inject('siteDir'));
  browser = await workerBrowser();
});
afterAll(async () => {
  await served?.close();
});

describe('the stance grids on a phone', () => {
  it('scroll sideways inside their own labelled boxes, reached by keyboard, while the page does not', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${served.url}claims/`);
    // One grid per event: the fixture record has one, the roundtable.
    const region = page.getByRole('region', { name: /Stance of each stakeholder .* at: / });
    await expect(region.count()).resolves.toBe(1);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    await region.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling may be animated: wait for it rather than read the first frame.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 5000 }).toBeGreaterThan(0);
    const claimCell = region.locator('tbody tr:first-child th').first();
    const box = await claimCell.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
