import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import type { Entry } from '../record/record-types.ts';
import { verifyQuotes } from './verify-quotes.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/snapshots');
const readFixture = (name: string) => {
  try {
    return readFileSync(path.join(fixtures, name), 'utf8');
  } catch {
    return undefined;
  }
};

function source(snapshot: string | undefined, { excerpt = false, headline = true } = {}): Entry<Source> {
  return {
    id: 'article',
    filePath: 'content/sources/article.yaml',
    data: {
      publication: 'The Paper',
      kind: 'news-report',
      language: 'en',
      snapshot: snapshot === undefined ? undefined : { file: snapshot, excerpt, headline },
      aliases: [],
    },
  };
}

function quote(text: string, paragraph: number, variants: Quote['variants'] = []): Entry<Quote> {
  return {
    id: 'q',
    filePath: 'content/quotes/q.yaml',
    data: {
      text,
      paragraph,
      speaker: { id: 'minister', collection: 'stakeholders' },
      source: { id: 'article', collection: 'sources' },
      delivery: 'spoken',
      claims: [],
      variants,
      corrections: [],
      aliases: [],
    },
  };
}

const BLINDS = 'Sadly the firm is pursuing [e2e] encryption – which blinds it … to abuse.';

function verify(snapshot: string | undefined, ...quotes: Entry<Quote>[]) {
  return verifyQuotes({ sources: [source(snapshot)], quotes }, readFixture);
}

describe('the verbatim check against a source’s snapshot', () => {
  it('passes quotes that stand in the snapshot word for word, in the paragraph recorded', () => {
    const report = verify(
      'article.txt',
      quote('do their duty', 1),
      quote(BLINDS, 2),
      quote('This is not acceptable.', 3),
    );
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(3);
  });

  it('tolerates typography only: straight quotes, hyphens, three dots and plain spaces', () => {
    const typed = 'Sadly the firm is pursuing [e2e] encryption - which   blinds it ... to abuse."';
    expect(verify('article.txt', quote(typed, 2)).problems).toEqual([]);
  });

  it('respects the source’s own brackets: the speaker’s “end-to-end” is not what this source printed', () => {
    const [problem] = verify('article.txt', quote(BLINDS.replace('[e2e]', 'end-to-end'), 2)).problems;
    expect(problem).toMatchObject({ file: 'content/quotes/q.yaml', field: 'text' });
    expect(problem.message).toMatch(/at word 6: the quote has “end-to-end” where the snapshot has “\[e2e\]”/);
  });

  it('respects the source’s own ellipsis: a quote that fills the gap is refused', () => {
    const [problem] = verify('article.txt', quote(BLINDS.replace('…', 'off'), 2)).problems;
    expect(problem.message).toMatch(/the quote has “off” where the snapshot has “…”/);
  });

  it('refuses a quote when the snapshot has one word different, naming the word and the closest passage', () => {
    const [problem] = verify('reworded-article.txt', quote(BLINDS, 2)).problems;
    expect(problem.field).toBe('text');
    expect(problem.message).toMatch(
      /First difference, at word 3: the quote has “firm” where the snapshot has “company”/,
    );
    expect(problem.message).toMatch(/Closest passage \(paragraph 2\):\n {4}“Sadly the company is pursuing \[e2e\]/);
  });

  it('leaves a withdrawn quote unchecked, and names it: its words may be why it was withdrawn', () => {
    const withdrawn = quote(BLINDS, 2);
    withdrawn.data.withdrawn = {
      date: { iso: '2026-11-29', precision: 'day' },
      reason: 'The source words it otherwise.',
    };
    const report = verify('reworded-article.txt', withdrawn);
    expect(report.problems).toEqual([]);
    expect(report.wordings).toEqual([]);
    expect(report.withdrawn).toEqual(['q']);
  });

  it('refuses a wrong paragraph number and gives the right one', () => {
    const problems = verify(
      'reordered-article.txt',
      quote('do their duty', 1),
      quote('This is not acceptable.', 3),
    ).problems;
    expect(problems.map((p) => [p.field, p.message.match(/write paragraph: \d+/)?.[0]])).toEqual([
      ['paragraph', 'write paragraph: 2'],
      ['paragraph', 'write paragraph: 1'],
    ]);
  });

  it('checks a variant against its own source’s snapshot, reporting it under its place in the list', () => {
    const variant = { source: { id: 'article', collection: 'sources' }, text: 'do their dutty' };
    const [problem] = verify('article.txt', quote('do their duty', 1, [variant])).problems;
    expect(problem.field).toBe('variants[0].text');
    expect(problem.message).toMatch(/“dutty” where the snapshot has “duty”/);
  });

  it('reports a snapshot that is missing from the folder, on the source that names it', () => {
    const [problem] = verify('missing.txt', quote('do their duty', 1)).problems;
    expect(problem).toMatchObject({ file: 'content/sources/article.yaml', field: 'snapshot' });
    expect(problem.message).toMatch(/--snapshots DIR/);
  });

  it('leaves quotes from a source with no snapshot unchecked', () => {
    expect(verify(undefined, quote('anything at all', 9))).toMatchObject({ problems: [], checked: 0 });
  });
});

describe('the verbatim check against an opening excerpt', () => {
  const excerpt = (...quotes: Entry<Quote>[]) =>
    verifyQuotes({ sources: [source('excerpt-article.txt', { excerpt: true, headline: false })], quotes }, readFixture);

  it('counts paragraphs from the first line when the excerpt opens without a headline', () => {
    expect(excerpt(quote('do their duty', 2)).wordings).toEqual([
      { quote: 'q', variant: undefined, source: 'article', status: 'verified', endsAtExcerptEnd: false },
    ]);
    expect(excerpt(quote('do their duty', 1)).problems[0].message).toMatch(
      /not 1 \(paragraphs are the non-empty lines, this snapshot having no headline.*write paragraph: 2/,
    );
  });

  it('verifies a quote the excerpt is cut inside as far as the excerpt goes, and says it ends inside it', () => {
    const report = excerpt(quote(BLINDS, 3));
    expect(report.problems).toEqual([]);
    expect(report.wordings[0]).toMatchObject({
      status: 'verified-to-excerpt-end',
      wordsChecked: 13,
      words: 14,
      endsAtExcerptEnd: true,
    });
  });

  it('leaves a quote past the excerpt’s end unchecked instead of refusing it', () => {
    const report = excerpt(quote('This is not acceptable.', 4));
    expect(report.problems).toEqual([]);
    expect(report.wordings[0].status).toBe('beyond-excerpt');
    expect(report.checked).toBe(0);
  });

  it('still refuses a quote that stands in the excerpt with a changed word, with the usual message', () => {
    const report = excerpt(quote(BLINDS.replace('firm', 'company'), 3));
    expect(report.wordings[0].status).toBe('mismatch');
    expect(report.problems[0].message).toMatch(/at word 3: the quote has “company” where the snapshot has “firm”/);
  });

  it('says of a quote from a source without a snapshot that it has none', () => {
    expect(verify(undefined, quote('anything at all', 9)).wordings[0].status).toBe('no-snapshot');
  });
});
