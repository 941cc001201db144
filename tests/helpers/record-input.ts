import type { Stance } from '../../src/schemas/quote.ts';
import type { PartialDate } from '../../src/schemas/partial-date.ts';
import type { RecordInput } from '../../src/lib/record/record-types.ts';

const ref = (collection: string, id: string) => ({ id, collection });

/** What else a test quote may have: the event it belongs to, its speaker's role then, its source. */
export interface TestQuoteExtras {
  event?: string;
  role?: string;
  /** A source id; `article` unless given. */
  source?: string;
}

/** A quote for unit tests: `[claim, stance]` pairs, optionally a date of its own. */
export function testQuote(
  id: string,
  speaker: string,
  claims: [string, Stance][],
  date?: PartialDate,
  onBehalfOf?: string,
  extras: TestQuoteExtras = {},
) {
  return {
    id,
    data: {
      text: `Words of ${id}.`,
      speaker: ref('stakeholders', speaker),
      ...(extras.role ? { role: extras.role } : {}),
      ...(onBehalfOf ? { onBehalfOf: ref('stakeholders', onBehalfOf) } : {}),
      ...(extras.event ? { event: ref('events', extras.event) } : {}),
      source: ref('sources', extras.source ?? 'article'),
      paragraph: 1,
      ...(date ? { date } : {}),
      delivery: 'spoken' as const,
      claims: claims.map(([claim, stance]) => ({ claim: ref('claims', claim), stance })),
      variants: [],
      corrections: [],
      aliases: [],
    },
  };
}

/**
 * A small record for unit tests of derivations: one month-dated source, stakeholders a–d, claims
 * x, y and z, and whichever quotes the test gives (stands in for `reference()` like test-reference).
 */
export function testRecordInput(quotes: ReturnType<typeof testQuote>[]): RecordInput {
  return {
    sources: [
      {
        id: 'article',
        data: {
          publication: 'Paper',
          kind: 'news-report',
          language: 'en',
          published: { iso: '2021-04', precision: 'month' },
          aliases: [],
        },
      },
    ],
    stakeholders: ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      data: { name: id.toUpperCase(), kind: 'organisation' as const, summary: 's', aliases: [] },
    })),
    claims: ['x', 'y', 'z'].map((id) => ({
      id,
      data: { statement: `Claim ${id}.`, kind: 'prediction' as const, aliases: [] },
    })),
    quotes,
    events: [],
  } as RecordInput;
}
