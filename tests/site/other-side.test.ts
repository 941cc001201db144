import { describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');

describe('the other side of a quote', () => {
  it('takes a reader from Patel’s prepared remarks to Facebook’s answer in one click', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    const side = page.querySelector('.other-side [data-claim="facebook-plans-jeopardise-child-protection"]')!;
    expect(visibleText(side.querySelector('h4'))).toMatch(/Disputes/);
    expect(
      side.querySelector(
        '[data-quote="facebook-no-place-on-our-platforms"] a[href="/quotes/facebook-no-place-on-our-platforms/"]',
      ),
    ).not.toBeNull();
    expect(visibleText(side)).toContain('Child exploitation has no place on our platforms');
  });

  it('shows a qualifying answer under its own heading', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    const side = page.querySelector('.other-side [data-claim="e2e-makes-detection-tools-impotent"]')!;
    expect(side.querySelector('[data-answer-stance="qualifies"]')).not.toBeNull();
    expect(side.querySelector('[data-quote="nspcc-tools-rendered-impotent"]')).toBeNull();
  });

  it('says so when nobody on record takes another stance', async () => {
    const page = await readPage(siteDir, '/quotes/patel-not-acceptable/');
    const side = page.querySelector('.other-side [data-claim="removing-accounts-not-enough"]');
    expect(visibleText(side)).toContain('No quote on record takes another stance on it yet.');
  });
});

describe('who a stakeholder agrees and disagrees with', () => {
  it('shows Facebook disagreeing with the Home Office, disputing what it supports', async () => {
    const page = await readPage(siteDir, '/stakeholders/facebook/');
    const row = page.querySelector('[data-alignment="disagrees"] > [data-stakeholder="home-office"]')!;
    const claim = row.querySelector('[data-claim="facebook-plans-jeopardise-child-protection"]');
    expect(visibleText(claim)).toMatch(/Facebook: ✗ Disputes; Home Office \(UK Government\): ✓ Supports/);
  });

  it('does not count a spokesperson as agreeing with the body whose words they are', async () => {
    const page = await readPage(siteDir, '/stakeholders/priti-patel/');
    expect(page.querySelector('.alignment [data-stakeholder="home-office"]')).toBeNull();
    expect(page.querySelector('[data-alignment="agrees"] [data-stakeholder="nspcc"]')).not.toBeNull();
  });
});
