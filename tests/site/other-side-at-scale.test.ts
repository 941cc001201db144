import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { addDisputingQuotes, copyContent } from '../helpers/content-copy.ts';
import { readPage, visibleText } from '../helpers/html.ts';

describe('the other side of a much-answered quote', () => {
  it('shows the first five answers of a stance and links to the claim page for all of them', async () => {
    const content = await copyContent();
    // Seven more disputing quotes on the claim Patel's prepared remarks support.
    await addDisputingQuotes(content, 'answer', 7, (i) => `Answer number ${i} to the Home Secretary.`);
    const build = await buildSite({ contentDir: content.dir });
    expect(build.code, build.output).toBe(0);
    const page = await readPage(build.outDir, '/quotes/patel-facebook-blind-itself/');
    const side = page.querySelector('.other-side [data-claim="facebook-plans-jeopardise-child-protection"]')!;
    const disputing = side.querySelector('[data-answer-stance="disputes"]')!;
    expect(visibleText(disputing)).toMatch(/Disputes \(8\)/);
    expect(disputing.nextElementSibling!.querySelectorAll('[data-quote]')).toHaveLength(5);
    const more = side.querySelector('[data-more-answers] a')!;
    expect(visibleText(more)).toBe('All 8 quotes that dispute this claim, on the claim’s page');
    expect(more.getAttribute('href')).toBe('/claims/facebook-plans-jeopardise-child-protection/#quotes');
    const claimPage = await readPage(build.outDir, '/claims/facebook-plans-jeopardise-child-protection/');
    expect(claimPage.querySelectorAll('#quotes ~ ul [data-quote^="answer-"]')).toHaveLength(7);
  });
});
