import { describe, expect, it } from 'vitest';
import { dateBasisLabel, groupByStanding, standingLabel } from './source-standing.ts';

describe('a source’s standing in plain words', () => {
  it('says whether a report was written before or after the event, or that it is not known', () => {
    expect(standingLabel({ standing: 'report', written: 'before-event' })).toBe('report written before the event');
    expect(standingLabel({ standing: 'report', written: 'after-event' })).toBe('report written after the event');
    expect(standingLabel({ standing: 'report' })).toBe('report (before or after the event not known)');
  });

  it('names primary sources, agency copies, republished copies and background', () => {
    expect(standingLabel({ standing: 'primary' })).toBe('primary source');
    expect(standingLabel({ standing: 'agency-copy' })).toBe('press-agency copy');
    expect(standingLabel({ standing: 'republished-copy', written: 'after-event' })).toBe(
      'republished copy of a report written after the event',
    );
    expect(standingLabel({ standing: 'background' })).toBe('background: an earlier report');
    expect(standingLabel({})).toBe('standing not yet assessed');
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

describe('where a source’s date comes from', () => {
  it('says when the date is read from the address or from the text, quoting the text', () => {
    expect(dateBasisLabel({ publishedFrom: 'address' })).toBe('date in the page’s address');
    expect(dateBasisLabel({ publishedFrom: 'text', publishedFromWords: 'later today' })).toBe('date from the text: “later today”');
    expect(dateBasisLabel({ publishedFrom: 'printed' })).toBeUndefined();
    expect(dateBasisLabel({})).toBeUndefined();
  });
});
