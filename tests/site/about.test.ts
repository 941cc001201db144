import { describe, expect, inject, it } from 'vitest';
import { DELIVERY_LABELS } from '../../src/lib/wording/delivery-labels.ts';
import { readPage, visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');

describe('the About page', () => {
  it('says what each kind of delivery means, as the quote pages do', async () => {
    const page = await readPage(siteDir, '/about/');
    for (const [key, { label, meaning }] of Object.entries(DELIVERY_LABELS)) {
      const term = page.querySelector(`#delivery-${key}`);
      expect(visibleText(term)).toBe(label);
      expect(visibleText(term?.nextElementSibling)).toBe(meaning);
    }
  });

  it('explains how entries are chosen and checked, how to cite and how to report an error', async () => {
    const page = await readPage(siteDir, '/about/');
    for (const id of ['chosen', 'checked', 'delivery', 'cite', 'report']) {
      expect(page.getElementById(id), id).not.toBeNull();
    }
    expect(visibleText(page.querySelector('main'))).toContain('https://on-the-record.example/quotes/ID/');
    expect(visibleText(page.querySelector('main'))).toContain('open an issue in the archive’s repository');
    expect(page.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('says what the line under each quotation about checking it against our copy of the source means', async () => {
    const text = visibleText((await readPage(siteDir, '/about/')).getElementById('wording-checks'));
    expect(text).toMatch(/checked word for word against our copy/);
    expect(text).toMatch(/an opening excerpt that ends inside the passage/);
    expect(text).toMatch(/beyond the opening excerpt we hold/);
    expect(text).toMatch(/we hold no copy of the source/);
  });

  it('is linked from the header and footer of every page, with the timeline and the data', async () => {
    for (const p of ['/', '/quotes/patel-moral-duty/', '/timeline/']) {
      const page = await readPage(siteDir, p);
      expect(page.querySelector('.site-header a[href="/about/"]'), p).not.toBeNull();
      expect(page.querySelector('.site-footer a[href="/about/"]'), p).not.toBeNull();
      expect(page.querySelector('.site-footer a[href="/about/data/"]'), p).not.toBeNull();
      expect(page.querySelector('.site-footer a[href="/timeline/"]'), p).not.toBeNull();
    }
  });
});
