import { describe, expect, it } from 'vitest';
import { compareRecordedQuotes, describeRecordChanges, type RecordChanges } from './record-changes.ts';

const files = { quotes: 'content/quote-hashes.json', urls: 'content/published-urls.json' };
const none: RecordChanges = { newlyRecorded: [], reRecorded: [], noLongerRecorded: [], urlsAdded: [] };

describe('comparing two records of quotes', () => {
  it('tells new quotes, changed records and ids no quote has any more apart', () => {
    const before = {
      a: { hash: '1', corrections: 0 },
      b: { hash: '2', corrections: 0 },
      gone: { hash: '3', corrections: 0 },
    };
    const after = {
      a: { hash: '1', corrections: 0 },
      b: { hash: '9', corrections: 1 },
      c: { hash: '4', corrections: 0 },
    };
    expect(compareRecordedQuotes(before, after)).toEqual({
      newlyRecorded: ['c'],
      reRecorded: ['b'],
      noLongerRecorded: ['gone'],
      withdrawn: new Map(),
    });
  });

  it('tells a quote re-recorded because it was withdrawn, and says so in the report', () => {
    const before = { a: { text: 'x', corrections: 0 }, b: { text: 'y', corrections: 0, withdrawn: '2026-01-02' } };
    const after = {
      a: { text: 'x', corrections: 0, withdrawn: '2026-11-29' },
      b: { text: 'y', corrections: 0, withdrawn: '2026-01-02' },
    };
    const changes = compareRecordedQuotes(before, after);
    expect(changes).toMatchObject({ reRecorded: ['a'], withdrawn: new Map([['a', '2026-11-29']]) });
    expect(describeRecordChanges({ ...changes, urlsAdded: [] }, files, () => undefined).split('\n')).toEqual([
      'content/quote-hashes.json:',
      '  recorded as withdrawn on 2026-11-29: a',
      'Commit content/quote-hashes.json with your change.',
    ]);
  });

  it('compares whole entries, whatever they come to hold', () => {
    const before = { a: { text: 'x', date: 'y' } };
    expect(compareRecordedQuotes(before, { a: { date: 'y', text: 'x' } }).reRecorded).toEqual([]);
    expect(compareRecordedQuotes(before, { a: { text: 'x', date: 'z' } }).reRecorded).toEqual(['a']);
  });
});

describe('the report of what was recorded', () => {
  it('says that nothing changed when nothing did', () => {
    expect(describeRecordChanges(none, files, () => undefined)).toBe(
      'Nothing changed: every quote and every published URL was already recorded in content/quote-hashes.json and content/published-urls.json.',
    );
  });

  it('names each quote recorded, the correction behind a re-recording, each URL added, and the files to commit', () => {
    const report = describeRecordChanges(
      {
        newlyRecorded: ['new-quote'],
        reRecorded: ['fixed-quote'],
        noLongerRecorded: [],
        urlsAdded: ['/quotes/new-quote/', '/quotes/new-quote/cite.bib'],
      },
      files,
      (id) =>
        id === 'fixed-quote' ? { date: '2026-11-26', changed: '“acceptible” corrected to “acceptable”' } : undefined,
    );
    expect(report.split('\n')).toEqual([
      'content/quote-hashes.json:',
      '  newly recorded: new-quote',
      '  re-recorded after its correction of 2026-11-26 (“acceptible” corrected to “acceptable”): fixed-quote',
      'content/published-urls.json: 2 URLs added',
      '  /quotes/new-quote/',
      '  /quotes/new-quote/cite.bib',
      'Commit content/quote-hashes.json and content/published-urls.json with your change.',
    ]);
  });

  it('asks to commit only the file that changed', () => {
    const report = describeRecordChanges({ ...none, urlsAdded: ['/about/'] }, files, () => undefined);
    expect(report).toBe(
      'content/published-urls.json: 1 URL added\n  /about/\nCommit content/published-urls.json with your change.',
    );
  });

  it('says so when a file was only rewritten in its current form', () => {
    const report = describeRecordChanges(none, files, () => undefined, [files.urls]);
    expect(report).toBe(
      'content/published-urls.json: rewritten in its current form; no entry changed\nCommit content/published-urls.json with your change.',
    );
  });
});
