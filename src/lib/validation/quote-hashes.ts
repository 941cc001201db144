import { createHash } from 'node:crypto';
import type { ContentProblem } from './content-problem.ts';
import type { CorrectedField } from '../../schemas/correction.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { Entry } from '../record/record-types.ts';
import type { RenamedIds } from './aliases.ts';

/** The committed record of each quote's published facts, at the top of the content folder. */
export const QUOTE_HASHES_FILE = 'quote-hashes.json';

/**
 * What was recorded of one quote: a fingerprint of each fact a correction can change (see
 * CORRECTED_FIELDS), and how many corrections it had then. A fact left out (an entry written
 * before that fact was recorded) is not compared until the quote is recorded again.
 */
export interface RecordedQuote {
  /** SHA-256 of the words. */
  text?: string;
  /** The quote's own date as `iso/precision`, or null when it has none. */
  date?: string | null;
  /** The speaker's id, with ` for <id>` when the quote names whom they spoke for. */
  speaker?: string;
  /** The source's id. */
  source?: string;
  /** Each other source that printed the words, with a SHA-256 of its wording. */
  outlets?: Record<string, string>;
  corrections: number;
  /** The date (ISO) the quote was withdrawn, for a withdrawn quote: a withdrawal is never undone. */
  withdrawn?: string;
}

/** Recorded quotes by id. */
export type QuoteHashes = Record<string, RecordedQuote>;

/** A fingerprint of a quote's words, exactly as written (any change of character changes it). */
export function hashQuoteText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The wording of each outlet. An outlet that printed the words in parts (one variant for each)
 * is fingerprinted on its parts in a fixed order, so reordering them changes nothing; one that
 * printed them in one piece gets the hash of that wording, which equals the quote's own `text`
 * hash when the outlet printed it word for word.
 */
function fingerprintOutlets(quote: Quote): Record<string, string> {
  const wordings = new Map<string, string[]>();
  for (const variant of quote.variants) {
    wordings.set(variant.source.id, [...(wordings.get(variant.source.id) ?? []), variant.text]);
  }
  return Object.fromEntries(
    [...wordings]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, texts]) => [source, hashQuoteText([...texts].sort().join('\n'))]),
  );
}

/**
 * The published facts of a quote that only a correction may change. The paragraph is left out
 * on purpose: it locates the words in the source, it says nothing of who said them, when or
 * where, and renumbering paragraphs (say, once a snapshot's first line is found not to be a
 * headline) is not a correction to the record. For the same reason an outlet's `passage`,
 * `paragraph`, `presented` and `note` are left out: the outlets are which sources printed the
 * words, and in what wording.
 */
export function fingerprintQuote(quote: Quote): Required<Omit<RecordedQuote, 'corrections' | 'withdrawn'>> {
  return {
    text: hashQuoteText(quote.text),
    date: quote.date ? `${quote.date.iso}/${quote.date.precision}` : null,
    speaker: quote.onBehalfOf ? `${quote.speaker.id} for ${quote.onBehalfOf.id}` : quote.speaker.id,
    source: quote.source.id,
    outlets: fingerprintOutlets(quote),
  };
}

/** The record brought up to date with the quotes as they stand, sorted by id. */
export function recordQuoteHashes(quotes: Entry<Quote>[]): QuoteHashes {
  return Object.fromEntries(
    [...quotes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((q) => [
        q.id,
        {
          ...fingerprintQuote(q.data),
          corrections: q.data.corrections.length,
          ...(q.data.withdrawn ? { withdrawn: q.data.withdrawn.date.iso } : {}),
        },
      ]),
  );
}

/** How each corrected fact is named to a curator, and the quote field that holds it. */
const FACTS: Record<CorrectedField, { what: string; yamlField: (q: Quote, before: RecordedQuote) => string }> = {
  text: { what: 'the words of this quote', yamlField: () => 'text' },
  date: { what: 'the date of this quote', yamlField: () => 'date' },
  speaker: {
    what: 'the speaker of this quote (or whom they spoke for)',
    // Name onBehalfOf when the speaker is unchanged, so the curator looks at the right line.
    yamlField: (q, before) => (before.speaker?.split(' for ')[0] === q.speaker.id ? 'onBehalfOf' : 'speaker'),
  },
  source: { what: 'the source of this quote', yamlField: () => 'source' },
  outlets: { what: 'the outlets that printed this quote (its variants)', yamlField: () => 'variants' },
};

function quoted(value: string | null | undefined): string {
  return value === null || value === undefined ? 'none' : `“${value}”`;
}

/** In a few words, how a recorded fact differs from the quote as it stands. */
function describeChange(
  field: CorrectedField,
  before: RecordedQuote,
  now: ReturnType<typeof fingerprintQuote>,
): string {
  if (field === 'text') return 'its words differ from the recorded ones';
  if (field !== 'outlets') return `recorded as ${quoted(before[field])}, now ${quoted(now[field])}`;
  const was = before.outlets ?? {};
  const parts = [
    ...Object.keys(was)
      .filter((s) => !(s in now.outlets))
      .map((s) => `${s} removed`),
    ...Object.keys(now.outlets)
      .filter((s) => !(s in was))
      .map((s) => `${s} added`),
    ...Object.keys(now.outlets)
      .filter((s) => s in was && was[s] !== now.outlets[s])
      .map((s) => `the wording of ${s} changed`),
  ];
  return parts.join(', ');
}

/** The lines a curator adds to the quote file, ready to fill in. */
function correctionYaml(field: CorrectedField, hasCorrections: boolean, today: string): string {
  const item = [
    `  - date: ${today}`,
    `    field: ${field}`,
    '    changed: "…what changed, from what to what…"',
    '    reason: "…why, and where the correct fact is published…"',
  ];
  return (hasCorrections ? item : ['corrections:', ...item]).map((line) => `    ${line}`).join('\n');
}

/** A fact as comparable text; outlets in order of source id, whatever order the file lists them in. */
function canonical(value: RecordedQuote[CorrectedField]): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A recorded quote with the stakeholders and sources it names under their names now: renaming
 * one (its old name kept as an alias, as CONTRIBUTING says) changes no fact of any quote, so it
 * asks for no correction.
 */
function underCurrentNames(before: RecordedQuote, renamed: RenamedIds): RecordedQuote {
  if (renamed.size === 0) return before;
  const now = (collection: 'stakeholders' | 'sources', id: string) => renamed.get(`${collection}/${id}`) ?? id;
  return {
    ...before,
    ...(before.speaker !== undefined && {
      speaker: before.speaker
        .split(' for ')
        .map((id) => now('stakeholders', id))
        .join(' for '),
    }),
    ...(before.source !== undefined && { source: now('sources', before.source) }),
    ...(before.outlets !== undefined && {
      outlets: Object.fromEntries(Object.entries(before.outlets).map(([id, hash]) => [now('sources', id), hash])),
    }),
  };
}

function recordedFor(quote: Entry<Quote>, recorded: QuoteHashes): RecordedQuote | undefined {
  // A renamed quote is recorded under its former id until it is recorded again.
  return recorded[quote.id] ?? quote.data.aliases.map((alias) => recorded[alias]).find(Boolean);
}

/**
 * Every published fact of a quote (words, date, speaker, source, outlets) that differs from the
 * recorded one with no correction added since that names it (`field:`), any correction removed,
 * and a recorded withdrawal taken back. A quote not recorded yet is new, and passes; `npm run record` records it.
 */
export function findUncorrectedChanges(
  quotes: Entry<Quote>[],
  recorded: QuoteHashes,
  today: string = new Date().toISOString().slice(0, 10),
  renamed: RenamedIds = new Map(),
): ContentProblem[] {
  return quotes.flatMap((q) => {
    const recordedQuote = recordedFor(q, recorded);
    if (!recordedQuote) return [];
    const before = underCurrentNames(recordedQuote, renamed);
    const file = q.filePath ?? `content/quotes/${q.id}.yaml`;
    if (q.data.corrections.length < before.corrections) {
      return [
        {
          file,
          field: 'corrections',
          message: `${before.corrections - q.data.corrections.length} of the ${before.corrections} recorded corrections (${QUOTE_HASHES_FILE}) were removed: a correction is part of the record and is never taken back; restore it from git`,
        },
      ];
    }
    if (before.withdrawn && !q.data.withdrawn) {
      return [
        {
          file,
          field: 'withdrawn',
          message: `this quote was withdrawn on ${before.withdrawn} (${QUOTE_HASHES_FILE}), and a withdrawal is part of the record, never taken back: restore its withdrawn: from git. To put the words back on record, add them as a new quote and name it in withdrawn.replacedBy`,
        },
      ];
    }
    const now = fingerprintQuote(q.data);
    const named = new Set(q.data.corrections.slice(before.corrections).map((c) => c.field));
    return (Object.keys(FACTS) as CorrectedField[])
      .filter((field) => before[field] !== undefined && canonical(before[field]) !== canonical(now[field]))
      .filter((field) => !named.has(field))
      .map((field, i) => {
        // After the first message, the list it adds is there: the next entries go under it.
        const listed = q.data.corrections.length > 0 || i > 0;
        return {
          file,
          field: FACTS[field].yamlField(q.data, before),
          message:
            `${FACTS[field].what} changed since it was recorded in ${QUOTE_HASHES_FILE} (${describeChange(field, before, now)}), ` +
            `and no correction with field: ${field} says so. Add ${listed ? 'under corrections: in this file' : 'to this file'}:\n` +
            `${correctionYaml(field, listed, today)}\n` +
            `  then run \`npm run record\` and commit ${QUOTE_HASHES_FILE} with this file.`,
        };
      });
  });
}
