import { describe, expect, it } from 'vitest';
import { namedReferences } from './reference-fields.ts';
import { salvageReferences } from './salvage-references.ts';

describe('the references an entry names', () => {
  it('are read alike from a file’s raw data and from parsed data, each under the field a curator reads', () => {
    const raw = {
      speaker: 'priti-patel',
      source: 'cgtn',
      claims: [{ claim: 'a' }, { claim: 'b' }],
      prepared: { quote: 'patel-x' },
    };
    const parsed = {
      speaker: { id: 'priti-patel' },
      source: { id: 'cgtn' },
      claims: [{ claim: { id: 'a' } }, { claim: { id: 'b' } }],
      prepared: { quote: { id: 'patel-x' } },
    };
    const expected = [
      { field: 'speaker', id: 'priti-patel', to: 'stakeholders' },
      { field: 'source', id: 'cgtn', to: 'sources' },
      { field: 'prepared.quote', id: 'patel-x', to: 'quotes' },
      { field: 'claims[0].claim', id: 'a', to: 'claims' },
      { field: 'claims[1].claim', id: 'b', to: 'claims' },
    ];
    expect(namedReferences('quotes', raw)).toEqual(expected);
    expect(namedReferences('quotes', parsed)).toEqual(expected);
  });

  it('are salvaged from a broken quote in the parsed shape, releasedBy and variants included', () => {
    const salvaged = salvageReferences('quotes', {
      speaker: 'x',
      releasedBy: 'y',
      variants: [{ source: 's' }],
      text: 42,
    });
    expect(salvaged).toEqual({
      speaker: { id: 'x' },
      releasedBy: { id: 'y' },
      claims: [],
      variants: [{ source: { id: 's' } }],
    });
  });
});
