import { describe, expect, it } from 'vitest';
import { dateBasisLabel, groupByStanding, isPrimaryText, standingLabel } from './source-standing.ts';

describe('a source’s standing in plain words', () => {
  const report = 'news-report' as const;

  it('says whether a report was written before or after the event, or that it is not known', () => {
    expect(standingLabel({ kind: report, standing: 'report', written: 'before-event' })).toBe(
      'report written before the event',
    );
    expect(standingLabel({ kind: report, standing: 'report', written: 'after-event' })).toBe(
      'report written after the event',
    );
    expect(standingLabel({ kind: report, standing: 'report' })).toBe('report (before or after the event not known)');
  });

  it('names primary sources, agency copies, republished copies and background', () => {
    expect(standingLabel({ kind: 'speech', standing: 'primary' })).toBe('primary source');
    expect(standingLabel({ kind: report, standing: 'agency-copy' })).toBe('press-agency copy');
    expect(standingLabel({ kind: report, standing: 'republished-copy', written: 'after-event' })).toBe(
      'republished copy of a report written after the event',
    );
    expect(standingLabel({ kind: report, standing: 'republished-copy' })).toBe(
      'republished copy of a report (before or after the event not known)',
    );
    expect(standingLabel({ kind: report, standing: 'background' })).toBe('background: an earlier report');
    expect(standingLabel({ kind: report })).toBe('standing not yet assessed');
  });

  it('calls a republished copy of a statement, letter, speech or transcript what it copies, never a report', () => {
    expect(standingLabel({ kind: 'statement', standing: 'republished-copy' })).toBe('republished copy of a statement');
    expect(standingLabel({ kind: 'letter', standing: 'republished-copy', written: 'after-event' })).toBe(
      'republished copy of a letter',
    );
    expect(standingLabel({ kind: 'speech', standing: 'republished-copy' })).toBe('republished copy of a speech');
    expect(standingLabel({ kind: 'transcript', standing: 'republished-copy' })).toBe(
      'republished copy of a transcript',
    );
    expect(standingLabel({ kind: 'web-page', standing: 'republished-copy' })).toBe('republished copy of a web page');
  });

  it('heads the groups of republished copies in words that fit a copy of any kind of text', () => {
    const groups = groupByStanding([{ id: 'letter-copy', data: { standing: 'republished-copy' as const } }]);
    expect(groups.map((g) => g.heading)).toEqual(['Republished copies (before or after the event not known)']);
  });

  it('groups sources primary first, then reports before and after the event, leaving out empty groups', () => {
    const source = (id: string, data: object) => ({ id, data });
    const groups = groupByStanding([
      source('after', { standing: 'report', written: 'after-event' }),
      source('speech', { standing: 'primary' }),
      source('before', { standing: 'report', written: 'before-event' }),
      source('old', { standing: 'background' }),
    ]);
    expect(groups.map((g) => [g.key, g.sources.map((s) => s.id)])).toEqual([
      ['primary', ['speech']],
      ['report-before', ['before']],
      ['report-after', ['after']],
      ['background', ['old']],
    ]);
  });
});

describe('a party’s own text', () => {
  it('is a primary source, or a republished copy of a statement, letter or speech, never of a news report', () => {
    expect(isPrimaryText({ kind: 'speech', standing: 'primary' })).toBe(true);
    expect(isPrimaryText({ kind: 'statement', standing: 'republished-copy' })).toBe(true);
    expect(isPrimaryText({ kind: 'letter', standing: 'republished-copy' })).toBe(true);
    expect(isPrimaryText({ kind: 'news-report', standing: 'republished-copy' })).toBe(false);
    expect(isPrimaryText({ kind: 'news-report', standing: 'report' })).toBe(false);
    expect(isPrimaryText({ kind: 'statement' })).toBe(false);
  });
});

describe('where a source’s date comes from', () => {
  it('says when the date is read from the address or from the text, quoting the text', () => {
    expect(dateBasisLabel({ publishedFrom: 'address' })).toBe('date in the page’s address');
    expect(dateBasisLabel({ publishedFrom: 'text', publishedFromWords: 'later today' })).toBe(
      'date from the text: “later today”',
    );
    expect(dateBasisLabel({ publishedFrom: 'printed' })).toBeUndefined();
    expect(dateBasisLabel({})).toBeUndefined();
  });
});
