import { describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html';

const siteDir = inject('siteDir');

describe('what a reader sees of a quote’s fidelity', () => {
  it('explains E&T’s “[e2e]” as its editors’ alteration, and shows the “end-to-end” other outlets print', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    const note = visibleText(page.querySelector('[data-alteration-note="insertion"]'));
    expect(note).toMatch(/^\[e2e\] \(twice\): words in square brackets were put in by the editors of E&T \(Engineering & Technology\)/);
    expect(note).toMatch(/ITV News, Computer Weekly and DIGIT \(digit\.fyi\) print “end-to-end” in its place/);
  });

  it('leaves the quotation itself exactly as E&T printed it', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    expect(visibleText(page.querySelector('#quotation'))).toMatch(/^Sadly at a time .* pursuing \[e2e\] encryption plans/);
    const marked = page.querySelector('#quotation [data-alteration]')!;
    expect(page.getElementById(marked.getAttribute('aria-describedby')!)?.querySelector('[data-alteration-note]')).not.toBeNull();
  });

  it('lists the three outlets that printed Patel’s words, each with its wording and the differences word by word', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    const variants = [...page.querySelectorAll('[data-variant]')];
    expect(variants.map((v) => v.getAttribute('data-variant'))).toEqual([
      'itv-news-2021-04-19',
      'computer-weekly-2021-04-18',
      'digit-2021-04',
    ]);
    const itv = variants[0];
    expect(visibleText(itv.querySelector('blockquote'))).toMatch(/^Sadly, at a time .* pursuing end-to-end encryption plans/);
    const diff = itv.querySelector('[data-wording-diff]')!;
    const shown = (selector: string) =>
      [...diff.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\[[^\]]* prints: |\]$/g, ''));
    expect(shown('ins')).toEqual([',', 'end-to-end', 'end-to-end']);
    expect(shown('del')).toEqual(['[e2e]', '[e2e]']);
    expect(visibleText(variants[2])).toMatch(/DIGIT \(digit\.fyi\), April 2021/);
  });

  it('says so when another outlet printed the same words', async () => {
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    expect(page.querySelectorAll('[data-variant] [data-same-wording]')).toHaveLength(3);
    expect(page.querySelector('[data-alteration-note]')).toBeNull();
  });

  it('gives a corroborating outlet no title it does not have, and lists the quotes it printed', async () => {
    const page = await readPage(siteDir, '/sources/computer-weekly-2021-04-18/');
    expect(visibleText(page.querySelector('h1'))).toBe('Computer Weekly report (title not recorded)');
    expect(visibleText(page.querySelector('dl.facts'))).toMatch(/Author not printed/);
    expect(page.querySelector('[data-quote="patel-facebook-blind-itself"]')).not.toBeNull();
    expect(page.querySelector('[data-quote="patel-not-acceptable"]')).not.toBeNull();
  });

  it('shows each quote’s corrections, and lists every correction on /corrections/', async () => {
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    expect(visibleText(page.querySelector('.corrections'))).toMatch(/have not been changed since they were first recorded/);
    const list = await readPage(siteDir, '/corrections/');
    expect(visibleText(list.querySelector('h1'))).toBe('Corrections');
    expect(list.querySelector('[data-no-corrections]')).not.toBeNull();
    expect(list.querySelector('footer a[href="/corrections/"]')).not.toBeNull();
  });
});
