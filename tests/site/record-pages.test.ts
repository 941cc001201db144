import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { readQuotesOnRecord, type QuoteFile } from '../helpers/content-files.ts';
import { readPage, visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const article = (await readFile(path.join(projectRoot, 'content/snapshots/eandt-moral-duty-2021.txt'), 'utf8')).replace(
  /\u00a0/g,
  ' ',
);

let quotes: QuoteFile[];

beforeAll(async () => {
  quotes = await readQuotesOnRecord();
});

/** Every passage the article prints between curly quotation marks. */
function quotedPassages(text: string): string[] {
  const body = text.slice(text.indexOf('\n'), text.indexOf('Sign up to the E&T News'));
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
}

describe('the seed record built from the E&T article', () => {
  it('puts every passage the article prints in quotation marks on a quote page, word for word', async () => {
    const passages = quotedPassages(article);
    expect(passages.length).toBeGreaterThanOrEqual(9);
    const pageTexts = await Promise.all(
      quotes.map(async (q) => visibleText((await readPage(siteDir, `/quotes/${q.id}/`)).querySelector('#quotation'))),
    );
    for (const passage of passages) {
      expect(
        pageTexts.some((t) => t.includes(passage)),
        `“${passage}” is on no quote page`,
      ).toBe(true);
    }
  });

  it('quotes only words that stand in the article, and none of its page furniture', () => {
    for (const q of quotes.filter((q) => q.source === 'eandt-moral-duty-2021')) expect(article, q.id).toContain(q.text);
    for (const q of quotes) expect(q.text).not.toMatch(/Sign up|Recent articles/);
  });

  it('quotes, from every source, only words that stand in our copy of it, character for character', async () => {
    for (const q of quotes) {
      const source = loadYaml(
        await readFile(path.join(projectRoot, 'content/sources', `${q.source}.yaml`), 'utf8'),
      ) as {
        snapshot?: string | { file: string };
      };
      const file = typeof source.snapshot === 'string' ? source.snapshot : source.snapshot?.file;
      expect(file, `${q.source} has a snapshot`).toBeTruthy();
      const copy = (await readFile(path.join(projectRoot, 'content/snapshots', file!), 'utf8')).replace(/\u00a0/g, ' ');
      expect(copy, q.id).toContain(q.text);
    }
  });

  it('shows Patel’s released remarks as prepared remarks, attributed to her', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    expect(visibleText(page.querySelector('#quotation'))).toContain(
      'the company intends to blind itself to this problem through [e2e] encryption',
    );
    expect(page.querySelector('blockquote[cite]')).not.toBeNull();
    expect(visibleText(page.querySelector('[data-delivery]'))).toMatch(/Prepared remarks, released before the speech/);
    expect(page.querySelector('dl.facts a[href="/stakeholders/priti-patel/"]')).not.toBeNull();
    expect(page.querySelectorAll('h1')).toHaveLength(1);
  });

  it('marks the publisher’s “[e2e]” as an editorial alteration, not the speaker’s word', async () => {
    const page = await readPage(siteDir, '/quotes/patel-facebook-blind-itself/');
    const marked = [...page.querySelectorAll('#quotation [data-alteration="insertion"]')];
    expect(marked.map((m) => m.textContent)).toEqual(['[e2e]', '[e2e]']);
    expect(visibleText(page.querySelector('.alteration-note'))).toMatch(/editorial alterations by E&T/);
  });

  it('lists every quote on its speaker’s page and on the page of each claim it speaks to', async () => {
    for (const q of quotes) {
      const speakerPage = await readPage(siteDir, `/stakeholders/${q.speaker}/`);
      // A poll or study finding is listed as a finding, apart from the quotes that take positions.
      const listed = `[data-quote="${q.id}"], [data-finding="${q.id}"]`;
      expect(speakerPage.querySelector(listed), `${q.id} on ${q.speaker}`).not.toBeNull();
      for (const { claim } of q.claims ?? []) {
        const claimPage = await readPage(siteDir, `/claims/${claim}/`);
        expect(claimPage.querySelector(listed), `${q.id} on ${claim}`).not.toBeNull();
      }
    }
  });

  it('dates the source to the month only and leaves its author unknown', async () => {
    const page = await readPage(siteDir, '/sources/eandt-moral-duty-2021/');
    const facts = visibleText(page.querySelector('dl.facts'));
    expect(facts).toContain('Published April 2021');
    expect(facts).toContain('Author not printed');
  });

  it('gives each stakeholder’s stance on the claims its quotes speak to', async () => {
    const page = await readPage(siteDir, '/stakeholders/facebook/');
    const stance = page.querySelector('[data-claim="facebook-plans-jeopardise-child-protection"] [data-stance]');
    expect(stance?.getAttribute('data-stance')).toBe('disputes');
    expect(visibleText(stance)).toContain('Disputes');
  });

  it('gives every page one h1 and a title that says what it is', async () => {
    for (const p of ['/', '/quotes/', '/stakeholders/', '/claims/', '/sources/', '/claims/safety-by-design/']) {
      const page = await readPage(siteDir, p);
      expect(page.querySelectorAll('h1'), p).toHaveLength(1);
      expect(page.title, p).toMatch(/On the Record/);
    }
    expect((await readPage(siteDir, '/stakeholders/nspcc/')).title).toBe('NSPCC: quotes and positions · On the Record');
  });
});
