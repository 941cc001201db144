import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtureRecord } from '../helpers/paths.ts';
import { readPage, visibleText } from '../helpers/html.ts';

const siteDir = inject('siteDir');

/** Ids of the real record's stakeholders whose only quotes are poll or study findings. */
async function pollsters(): Promise<string[]> {
  const dir = path.join(fixtureRecord, 'quotes');
  const bySpeaker = new Map<string, string[]>();
  for (const file of await readdir(dir)) {
    const yaml = await readFile(path.join(dir, file), 'utf8');
    const speaker = /^speaker: (\S+)/m.exec(yaml)![1];
    const delivery = /^delivery: (\S+)/m.exec(yaml)![1];
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), delivery]);
  }
  return [...bySpeaker].filter(([, d]) => d.every((x) => x.endsWith('-finding'))).map(([id]) => id);
}

describe('YouGov and any other pollster on the real record', () => {
  it('is one of the stakeholders whose quotes are all findings', async () => {
    expect(await pollsters()).toContain('yougov');
  });

  it('has no column, cell or position in the stance grid', async () => {
    const grid = await readPage(siteDir, '/claims/');
    for (const id of await pollsters()) {
      expect(grid.querySelector(`.stance-grid [data-stakeholder="${id}"]`), id).toBeNull();
      expect(grid.querySelector(`.held-positions a[href="/stakeholders/${id}/"]`), id).toBeNull();
    }
  });

  it('holds no position on any claim page, where its findings are listed as evidence', async () => {
    const claims = await readdir(path.join(siteDir, 'claims'), { withFileTypes: true });
    let evidence = 0;
    for (const claim of claims.filter((d) => d.isDirectory())) {
      const page = await readPage(siteDir, `/claims/${claim.name}/`);
      for (const id of await pollsters()) {
        expect(
          page.querySelector(`#positions ~ section [data-stakeholder="${id}"]`),
          `${id} on ${claim.name}`,
        ).toBeNull();
      }
      evidence += page.querySelectorAll('#evidence ~ ul [data-finding]').length;
    }
    expect(evidence).toBeGreaterThan(0);
  });

  it('lists its findings as findings on its own page, with who released each, and no stance', async () => {
    const page = await readPage(siteDir, '/stakeholders/yougov/');
    expect(page.querySelector('[data-stance]')).toBeNull();
    expect(page.querySelectorAll('#findings ~ ul [data-finding]').length).toBeGreaterThan(0);
    expect(page.querySelectorAll('#findings ~ ul [data-released-by]')).toHaveLength(
      page.querySelectorAll('#findings ~ ul [data-finding]').length,
    );
    expect(visibleText(page.querySelector('#positions + p'))).toMatch(/takes no position on record/);
    expect(page.querySelector('.alignment')).toBeNull();
  });

  it('is never said to support or dispute a claim in a feed', async () => {
    for (const feed of ['feed.xml', 'stakeholders/yougov/feed.xml']) {
      const xml = await readFile(path.join(siteDir, feed), 'utf8');
      for (const item of xml
        .split('<item>')
        .slice(1)
        .filter((i) => i.includes('YouGov'))) {
        expect(item, feed).not.toMatch(/support(s|ed)? the claim|disput/i);
        // A correction's item says what changed; the finding's own item says who ran and released it.
        if (!item.includes('#correction-'))
          expect(item, feed).toMatch(/Run by YouGov; (released by|who released it is not stated)/);
      }
    }
  });

  it('does not appear among those a party agrees or disagrees with', async () => {
    for (const id of ['nspcc', 'priti-patel', 'facebook']) {
      const page = await readPage(siteDir, `/stakeholders/${id}/`);
      expect(page.querySelector('.alignment a[href="/stakeholders/yougov/"]'), id).toBeNull();
    }
  });
});

describe('a claim only findings bear on', () => {
  it('lists the findings as evidence and says no party is yet quoted on it', async () => {
    const page = await readPage(siteDir, '/claims/public-backs-legal-duties-on-tech-firms/');
    expect(page.querySelector('#evidence ~ ul [data-finding="yougov-majority-back-legal-duties"]')).not.toBeNull();
    expect(visibleText(page.querySelector('#quotes ~ p:last-of-type'))).toBe(
      'No party to the debate is yet quoted on this claim.',
    );
  });
});
