import { describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');

describe('what a reader sees of a quote’s fidelity', () => {
  it('explains E&T’s “[e2e]” as its editors’ alteration, and shows the “end-to-end” other outlets print', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    // One note for each "[e2e]": the outlets whose texts go as far as the second are fewer.
    const [first, second] = [...page.querySelectorAll('[data-alteration-note="insertion"]')].map((n) => visibleText(n));
    expect(first).toMatch(
      /^\[e2e\]: words in square brackets were put in by the editors of E&T \(Engineering & Technology\)/,
    );
    expect(first).toMatch(
      /ITV News, Computer Weekly, DIGIT \(digit\.fyi\), The Independent, .* print “end-to-end” in its place/,
    );
    expect(second).toMatch(/^\[e2e\]: words in square brackets/);
    expect(second).toMatch(/Computer Weekly, .*print “end-to-end” in its place/);
    expect(second).not.toMatch(/ITV News|The Independent/);
  });

  it('leaves the quotation itself exactly as E&T printed it', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    expect(visibleText(page.querySelector('#quotation'))).toMatch(
      /^Sadly at a time .* pursuing \[e2e\] encryption plans/,
    );
    const marked = page.querySelector('#quotation [data-alteration]')!;
    expect(
      page.getElementById(marked.getAttribute('aria-describedby')!)?.querySelector('[data-alteration-note]'),
    ).not.toBeNull();
  });

  it('lists every outlet that printed Patel’s words, each with its wording and the differences word by word', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    const variants = [...page.querySelectorAll('[data-variant]')];
    // Each outlet's text is held sentence by sentence, as far as its archived text goes.
    expect([...new Set(variants.map((v) => v.getAttribute('data-variant')))]).toEqual([
      'itv-news-2021-04-19',
      'computer-weekly-2021-04-18',
      'digit-2021-04',
      'independent-2021-04-19',
      'computing-2021-04',
      'daily-mail-2021-04',
      'daily-trust-dpa-2021-04',
      'iol-2021-04-19',
    ]);
    const itv = variants[0];
    expect(visibleText(itv.querySelector('blockquote'))).toMatch(
      /^Sadly, at a time .* pursuing end-to-end encryption plans/,
    );
    const diff = itv.querySelector('[data-wording-diff]')!;
    const shown = (selector: string) =>
      [...diff.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\[[^\]]* prints: |\]$/g, ''));
    expect(shown('ins')).toEqual([',', 'end-to-end']);
    expect(shown('del')).toEqual(['[e2e]', '.']);
    expect(visibleText(variants[4])).toMatch(
      /^Priti Patel: Facebook is “Blinding Itself” to the Problem of Online Child Abuse, April 2021/,
    );
  });

  it('says so when another outlet printed the same words', async () => {
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    // Computing's, the Daily Mail's and IOL's “This is not acceptable.”, the Mail's last sentence.
    expect(page.querySelectorAll('[data-variant] [data-same-wording]')).toHaveLength(4);
    expect(page.querySelector('[data-alteration-note]')).toBeNull();
  });

  it('gives a corroborating outlet no title it does not have, and lists the quotes it printed', async () => {
    const page = await readPage(siteDir, '/sources/computer-weekly-2021-04-18/');
    expect(visibleText(page.querySelector('h1'))).toBe('Computer Weekly news report (title not recorded)');
    expect(visibleText(page.querySelector('dl.facts'))).toMatch(/Author not printed/);
    expect(page.querySelector('[data-quote="patel-facebook-blind-itself"]')).not.toBeNull();
    // Its text holds nothing of Patel's second passage: it is not listed as printing it.
    expect(page.querySelector('[data-quote="patel-not-acceptable"]')).toBeNull();
  });

  it('shows each quote’s corrections, and lists every correction on /corrections/', async () => {
    const unchanged = await readPage(siteDir, '/quotes/patel-facebook-deepen-engagement/');
    expect(visibleText(unchanged.querySelector('.corrections'))).toMatch(
      /have not been changed since they were first recorded/,
    );
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    expect(visibleText(page.querySelector('#correction-1'))).toMatch(
      /Correction to the outlets that printed it, 27 November 2026: ITV News, Computer Weekly and DIGIT are no longer listed/,
    );
    const list = await readPage(siteDir, '/corrections/');
    expect(visibleText(list.querySelector('h1'))).toBe('Corrections');
    expect(list.querySelector('[data-no-corrections]')).toBeNull();
    expect(list.querySelector('[data-correction="patel-not-acceptable"] a')?.getAttribute('href')).toBe(
      '/quotes/patel-not-acceptable/#correction-1',
    );
    expect(list.querySelector('footer a[href="/corrections/"]')).not.toBeNull();
  });
});
