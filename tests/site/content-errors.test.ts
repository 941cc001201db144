import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/build-site.ts';
import { WORDS_CORRECTED } from '../helpers/amended-record.ts';
import { BROKEN_RECORD_PROBLEMS } from '../helpers/broken-record.ts';
import { amendedRecordBuild, brokenRecordBuild } from '../helpers/shared-builds.ts';
import { readPage, visibleText } from '../helpers/html.ts';
import { siteUrl } from '../../src/settings.ts';

describe('a build of content with many kinds of fault', () => {
  // The fixture record broken in every way a build must refuse (tests/helpers/broken-record.ts).
  let build: BuildResult;
  beforeAll(async () => {
    build = await brokenRecordBuild();
  });

  it('fails, naming the file and the missing stakeholder', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/quotes\/unknown-speaker\.yaml → speaker: there is no stakeholder "no-such-person"/);
  });

  it('fails, naming the file and the missing claim and source', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/quotes\/unknown-source\.yaml → source: there is no source "no-such-source"/);
    expect(build.output).toMatch(
      /quotes\/unknown-source\.yaml → claims\[0\]\.claim: there is no claim "no-such-claim"/,
    );
  });

  it('stops before writing anything, with one located message per problem and no stack trace', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(`The record has ${BROKEN_RECORD_PROBLEMS} problems; nothing was published`);
    for (const message of [
      /claims\/broken-body\.mdx → \(body\): the MDX body has a syntax error at line 6/,
      /quotes\/Bad Name\.yaml → \(file name\): "Bad Name" cannot be a permanent URL/,
      /quotes\/Bad Name\.yaml → context: holds HTML markup or a script address/,
      /quotes\/Bad Name\.yaml → delivery: delivery must be one of/,
      /quotes\/Bad Name\.yaml → text: the opening \[ before “e2e encryption” is never closed/,
      /quotes\/wanless-government-must-be-the-guardrail\.yaml → text: the words of this quote changed .* no correction with field: text says so/,
    ]) {
      expect(build.output).toMatch(message);
    }
    expect(build.output).not.toMatch(/\n\s+at \S+ \(|\n\s+at file:/);
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a correction to a quote’s words', () => {
  it('lets the build through, and shows on the quote page, on /corrections/ and in the feeds', async () => {
    // The quote had no correction, so the one added is the first, #correction-1.
    const build = await amendedRecordBuild();
    expect(build.code, build.output).toBe(0);
    const page = await readPage(build.outDir, `/quotes/${WORDS_CORRECTED}/`);
    expect(visibleText(page.querySelector('.corrections'))).toMatch(
      /Correction to the words, 20 November 2026: “We need a coordinated response across society, but ultimately” removed from the start Why: a test of the corrections page/,
    );
    const list = await readPage(build.outDir, '/corrections/');
    const entry = list.querySelector(`[data-correction="${WORDS_CORRECTED}"]`);
    expect(visibleText(entry)).toMatch(
      /Correction to the words, 20 November 2026: Sir Peter Wanless: “Government must be the guardrail/,
    );
    expect(entry?.querySelector('a')?.getAttribute('href')).toBe(`/quotes/${WORDS_CORRECTED}/#correction-1`);
    const link = `${new URL(`/quotes/${WORDS_CORRECTED}/`, siteUrl).href}#correction-1`;
    expect(page.querySelector('#correction-1')).not.toBeNull();
    for (const feed of ['feed.xml', 'stakeholders/peter-wanless/feed.xml']) {
      const xml = await readFile(path.join(build.outDir, feed), 'utf8');
      expect(xml, feed).toContain(`<link>${link}</link>`);
      expect(xml, feed).toContain('Correction to the words: Sir Peter Wanless');
    }
  });
});
