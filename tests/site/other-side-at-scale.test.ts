import { describe, expect, it } from 'vitest';
import { extendedRecordBuild, MORE_ANSWERS } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';

describe('the other side of a much-answered quote', () => {
  it('shows the first five answers of a stance and links to the claim page for all of them', async () => {
    // Sixty more disputing quotes on the claim Patel's prepared remarks support, which one
    // quote of the fixture record disputes already.
    const build = await extendedRecordBuild();
    expect(build.code, build.output).toBe(0);
    const disputes = MORE_ANSWERS + 1;
    const page = await readPage(build.outDir, '/quotes/patel-facebook-blind-itself/');
    const side = page.querySelector('.other-side [data-claim="facebook-plans-jeopardise-child-protection"]')!;
    const disputing = side.querySelector('[data-answer-stance="disputes"]')!;
    expect(visibleText(disputing)).toMatch(new RegExp(`Disputes \\(${disputes}\\)`));
    expect(disputing.nextElementSibling!.querySelectorAll('[data-quote]')).toHaveLength(5);
    const more = side.querySelector('[data-more-answers] a')!;
    expect(visibleText(more)).toBe(`All ${disputes} quotes that dispute this claim, on the claim’s page`);
    expect(more.getAttribute('href')).toBe('/claims/facebook-plans-jeopardise-child-protection/#quotes');
    const claimPage = await readPage(build.outDir, '/claims/facebook-plans-jeopardise-child-protection/');
    expect(claimPage.querySelectorAll('#quotes ~ ul [data-quote^="lantern-"]')).toHaveLength(MORE_ANSWERS);
  });
});
