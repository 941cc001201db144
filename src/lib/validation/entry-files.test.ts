import { describe, expect, it } from 'vitest';
import { movedEntries } from './entry-files.ts';

describe('entries read from another file than before', () => {
  it('are those renamed or moved with their id kept, not those added, removed or edited', () => {
    const before = {
      'stakeholders/nspcc': 'stakeholders/nspcc.mdx',
      'claims/frontline': 'claims/frontline.md',
      'quotes/gone': 'quotes/gone.yaml',
      'quotes/kept': 'quotes/kept.yaml',
    };
    const now = {
      'stakeholders/nspcc': 'stakeholders/nspcc.md',
      'claims/frontline': 'claims/2021/frontline.md',
      'quotes/kept': 'quotes/kept.yaml',
      'quotes/new': 'quotes/new.yaml',
    };
    expect(movedEntries(before, now)).toEqual(['stakeholders/nspcc', 'claims/frontline']);
    expect(movedEntries({}, now)).toEqual([]);
  });
});
