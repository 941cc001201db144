import { describe, expect, it } from 'vitest';
import type { CorrectedField, Correction } from '../../schemas/correction.ts';
import type { Quote } from '../../schemas/quote.ts';
import { QuoteHashesSchema } from '../../schemas/quote-hashes.ts';
import { findUncorrectedChanges, fingerprintQuote, hashQuoteText, recordQuoteHashes } from './quote-hashes.ts';
import type { Entry } from '../record/record-types.ts';

const ref = (collection: string, id: string) => ({ id, collection });
const WORDS = 'This is not acceptable.';

function quote(change: (q: Quote) => void = () => {}): Entry<Quote> {
  const data = {
    text: WORDS,
    speaker: ref('stakeholders', 'priti-patel'),
    onBehalfOf: ref('stakeholders', 'home-office'),
    source: ref('sources', 'eandt'),
    paragraph: 8,
    date: { iso: '2021-04-19', precision: 'day' },
    delivery: 'prepared-remarks',
    claims: [],
    variants: [
      { source: ref('sources', 'itv'), text: WORDS },
      { source: ref('sources', 'digit'), text: 'This is not' },
    ],
    corrections: [],
    aliases: [],
  } as unknown as Quote;
  change(data);
  return { id: 'not-acceptable', filePath: 'content/quotes/not-acceptable.yaml', data };
}

const recorded = recordQuoteHashes([quote()]);

function correction(field: CorrectedField): Correction {
  return { field, date: { iso: '2026-11-27', precision: 'day' }, changed: 'a change', reason: 'a reason' };
}

/** Each fact a correction can name, changed alone, with the quote field a curator edits for it. */
const CHANGES: [CorrectedField, string, (q: Quote) => void][] = [
  ['text', 'text', (q) => (q.text = 'This is not acceptible.')],
  ['date', 'date', (q) => (q.date = { iso: '2021-04', precision: 'month' })],
  ['speaker', 'speaker', (q) => (q.speaker = ref('stakeholders', 'home-office') as never)],
  ['speaker', 'onBehalfOf', (q) => delete q.onBehalfOf],
  ['source', 'source', (q) => (q.source = ref('sources', 'lbc') as never)],
  ['outlets', 'variants', (q) => q.variants.pop()],
  ['outlets', 'variants', (q) => (q.variants[0].text = 'This is not acceptable')],
  ['outlets', 'variants', (q) => q.variants.push({ source: ref('sources', 'cw') as never, text: WORDS })],
];

describe('the fingerprint of a quote', () => {
  it('records short facts as plain values a reviewer can read, and the words and wordings as hashes', () => {
    expect(recorded['not-acceptable']).toEqual({
      text: hashQuoteText(WORDS),
      date: '2021-04-19/day',
      speaker: 'priti-patel for home-office',
      source: 'eandt',
      outlets: { digit: hashQuoteText('This is not'), itv: hashQuoteText(WORDS) },
      corrections: 0,
    });
  });

  it('records a quote with no date of its own, and a speaker who spoke for no one, as such', () => {
    const fingerprint = fingerprintQuote(
      quote((q) => {
        delete q.date;
        delete q.onBehalfOf;
      }).data,
    );
    expect(fingerprint.date).toBeNull();
    expect(fingerprint.speaker).toBe('priti-patel');
  });

  it('is unchanged by a new paragraph number, or by outlets listed in another order', () => {
    const moved = quote((q) => {
      q.paragraph = 9;
      q.variants.reverse();
      q.variants[0].paragraph = 4;
    });
    expect(fingerprintQuote(moved.data)).toEqual(fingerprintQuote(quote().data));
  });
});

describe('a published fact changed since it was recorded', () => {
  it.each(CHANGES)(
    '(%s, in %s) with no correction is refused, with the YAML to add and the command to run',
    (field, yamlField, change) => {
      const problems = findUncorrectedChanges([quote(change)], recorded, '2026-11-27');
      expect(problems).toHaveLength(1);
      expect(problems[0].file).toBe('content/quotes/not-acceptable.yaml');
      expect(problems[0].field).toBe(yamlField);
      expect(problems[0].message).toContain('no correction with field: ' + field);
      expect(problems[0].message).toContain(
        ['corrections:', '  - date: 2026-11-27', `    field: ${field}`, '    changed: ']
          .map((l) => `    ${l}`)
          .join('\n'),
      );
      expect(problems[0].message).toMatch(/then run `npm run record`/);
    },
  );

  it.each(CHANGES)('(%s, in %s) passes with a new correction naming it', (field, _yamlField, change) => {
    const corrected = quote((q) => {
      change(q);
      q.corrections.push(correction(field));
    });
    expect(findUncorrectedChanges([corrected], recorded)).toEqual([]);
  });

  it.each(CHANGES)(
    '(%s, in %s) is still refused when the new correction names another fact',
    (field, yamlField, change) => {
      const other = field === 'text' ? 'outlets' : 'text';
      const mislabelled = quote((q) => {
        change(q);
        q.corrections.push(correction(other));
      });
      const problems = findUncorrectedChanges([mislabelled], recorded, '2026-11-27');
      expect(problems.map((p) => p.field)).toEqual([yamlField]);
      // The quote has a corrections list now: only the item to add under it is shown.
      expect(problems[0].message).toContain('Add under corrections: in this file');
      expect(problems[0].message).not.toMatch(/^ {4}corrections:/m);
    },
  );

  it('is still refused when the only correction naming it was there when the quote was recorded', () => {
    const old = quote((q) => q.corrections.push(correction('date')));
    const changed = quote((q) => {
      q.corrections.push(correction('date'));
      q.date = { iso: '2021', precision: 'year' };
    });
    expect(findUncorrectedChanges([changed], recordQuoteHashes([old])).map((p) => p.field)).toEqual(['date']);
  });

  it('says which outlets were added, removed or reworded', () => {
    const changed = quote((q) => {
      q.variants = [
        { source: ref('sources', 'itv'), text: 'Reworded.' },
        { source: ref('sources', 'cw'), text: WORDS },
      ] as never;
    });
    expect(findUncorrectedChanges([changed], recorded)[0].message).toContain(
      '(digit removed, cw added, the wording of itv changed)',
    );
  });

  it('names each changed fact once, for two facts changed at once, giving the list of corrections once', () => {
    const changed = quote((q) => {
      q.date = undefined;
      q.source = ref('sources', 'lbc') as never;
    });
    const problems = findUncorrectedChanges([changed], recorded);
    expect(problems.map((p) => [p.field, p.message.match(/recorded as (.*?), now/)?.[1]])).toEqual([
      ['date', '“2021-04-19/day”'],
      ['source', '“eandt”'],
    ]);
    expect(problems[0].message).toMatch(/^ {4}corrections:$/m);
    expect(problems[1].message).not.toMatch(/^ {4}corrections:$/m);
    expect(problems[1].message).toContain('Add under corrections: in this file');
  });
});

describe('the recorded quotes', () => {
  it('let a quote not recorded yet through: it is new', () => {
    expect(findUncorrectedChanges([quote((q) => (q.text = 'New.'))], {})).toEqual([]);
  });

  it('follow a renamed quote under its former id', () => {
    const renamed = {
      ...quote((q) => {
        q.aliases = ['not-acceptable'];
        q.source = ref('sources', 'lbc') as never;
      }),
      id: 'renamed',
    };
    expect(findUncorrectedChanges([renamed], recorded).map((p) => p.field)).toEqual(['source']);
  });

  it('ask for no correction when a stakeholder or source is renamed with its old name kept as an alias', () => {
    const renamedIds = new Map([
      ['stakeholders/home-office', 'uk-home-office'],
      ['sources/itv', 'itv-news'],
      ['sources/eandt', 'engineering-and-technology'],
    ]);
    const underNewNames = (onBehalfOf: string) =>
      quote((q) => {
        q.onBehalfOf = ref('stakeholders', onBehalfOf) as never;
        q.source = ref('sources', 'engineering-and-technology') as never;
        q.variants[0].source = ref('sources', 'itv-news') as never;
      });
    expect(findUncorrectedChanges([underNewNames('uk-home-office')], recorded, '2026-11-28', renamedIds)).toEqual([]);
    // Another stakeholder in its place is still a change of whom the words were spoken for.
    const other = underNewNames('ofcom');
    expect(findUncorrectedChanges([other], recorded, '2026-11-28', renamedIds).map((p) => p.field)).toEqual([
      'onBehalfOf',
    ]);
  });

  it('refuse a correction taken back', () => {
    const before = recordQuoteHashes([quote((q) => q.corrections.push(correction('text')))]);
    const problems = findUncorrectedChanges([quote()], before);
    expect(problems.map((p) => p.field)).toEqual(['corrections']);
    expect(problems[0].message).toMatch(/never taken back; restore it from git/);
  });

  it('record a withdrawal, and refuse it taken back, saying how to put the words back on record', () => {
    const withdrawn = quote((q) => (q.withdrawn = { date: { iso: '2026-11-29', precision: 'day' }, reason: 'Twice.' }));
    const before = recordQuoteHashes([withdrawn]);
    expect(before['not-acceptable'].withdrawn).toBe('2026-11-29');
    expect(QuoteHashesSchema().parse(JSON.parse(JSON.stringify(before)))).toEqual(before);
    expect(findUncorrectedChanges([withdrawn], before)).toEqual([]);
    const problems = findUncorrectedChanges([quote()], before);
    expect(problems.map((p) => p.field)).toEqual(['withdrawn']);
    expect(problems[0].message).toMatch(
      /^this quote was withdrawn on 2026-11-29 \(quote-hashes\.json\), .* never taken back: restore its withdrawn: from git\. To put the words back on record, add them as a new quote/,
    );
    // Withdrawn since it was recorded: accepted, and recorded the next time.
    expect(findUncorrectedChanges([withdrawn], recorded)).toEqual([]);
  });

  it('in the first form of the file (words only) compare the words, and no fact they did not record', () => {
    const legacy = QuoteHashesSchema().parse({ 'not-acceptable': { hash: hashQuoteText(WORDS), corrections: 0 } });
    const elsewhere = quote((q) => {
      q.source = ref('sources', 'lbc') as never;
      q.variants = [];
      q.date = undefined;
    });
    expect(findUncorrectedChanges([elsewhere], legacy)).toEqual([]);
    const reworded = quote((q) => (q.text = 'Reworded.'));
    expect(findUncorrectedChanges([reworded], legacy).map((p) => p.field)).toEqual(['text']);
  });

  it('read back as written', () => {
    expect(QuoteHashesSchema().parse(JSON.parse(JSON.stringify(recorded)))).toEqual(recorded);
  });
});
