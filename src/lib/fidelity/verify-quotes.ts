import { findClosestPassage } from './closest-passage.ts';
import type { ContentProblem } from '../validation/content-problem.ts';
import { matchWording } from './excerpt-match.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import type { Source } from '../../schemas/source.ts';
import type { Entry, RecordInput } from '../record/record-types.ts';
import { withdrawnApart } from '../record/on-record.ts';
import { paragraphsOf } from './snapshot-paragraphs.ts';

/** Reads a snapshot by file name; undefined when there is no such file. */
export type SnapshotReader = (fileName: string) => string | undefined;

/**
 * What the check could say of one wording (a quote's text or a variant's):
 * - `verified`: found whole, word for word, in its source's snapshot;
 * - `verified-to-excerpt-end`: the snapshot is an opening excerpt that ends inside the wording,
 *   and every word it holds matches; the rest is unknown;
 * - `beyond-excerpt`: the snapshot is an opening excerpt and holds no part of the wording;
 * - `no-snapshot`: the source has no snapshot;
 * - `snapshot-missing`: the source names a snapshot that could not be read;
 * - `mismatch`: the snapshot holds the wording with a difference (a problem is reported).
 */
export type WordingStatus =
  'verified' | 'verified-to-excerpt-end' | 'beyond-excerpt' | 'no-snapshot' | 'snapshot-missing' | 'mismatch';

/** The check of one wording, for the verify summary and for the quote page. */
export interface WordingCheck {
  quote: string;
  /** Position in the quote's variants, or undefined for the quote's own text. */
  variant: number | undefined;
  source: string;
  status: WordingStatus;
  /** For `verified-to-excerpt-end`: the words the excerpt holds (a word the cut splits is not counted), and the wording's. */
  wordsChecked?: number;
  words?: number;
  /** True when the snapshot is an excerpt that ends inside this wording or exactly at its end. */
  endsAtExcerptEnd: boolean;
}

/** What `verifyQuotes` found: the problems, and what it could say of each wording. */
export interface VerifyReport {
  problems: ContentProblem[];
  checked: number;
  snapshots: string[];
  wordings: WordingCheck[];
  /** Ids of the withdrawn quotes, which are not checked: their words are off the record. */
  withdrawn: string[];
}

interface Wording {
  quote: Entry<Quote>;
  variant: number | undefined;
  text: string;
  paragraph: number | undefined;
  source: Entry<Source>;
}

function fileOf(entry: Entry<unknown>, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

function fieldOf(w: Wording, name: string): string {
  return w.variant === undefined ? name : `variants[${w.variant}].${name}`;
}

function describeMismatch(text: string, snapshotName: string, paragraphs: string[]): string {
  const closest = findClosestPassage(text, paragraphs);
  if (!closest) return `the words are not in ${snapshotName}, and no passage of it comes close: check the source field`;
  const difference =
    closest.quoteWord === undefined
      ? `the quote ends where the snapshot goes on with “${closest.snapshotWord}”`
      : closest.snapshotWord === undefined
        ? `the quote has “${closest.quoteWord}” where the paragraph has already ended`
        : closest.quoteWord === closest.snapshotWord
          ? `the words match but their punctuation or quotation marks do not (word ${closest.wordNumber}, “${closest.quoteWord}”)`
          : `the quote has “${closest.quoteWord}” where the snapshot has “${closest.snapshotWord}”`;
  return `the words are not in ${snapshotName} as written. First difference, at word ${closest.wordNumber}: ${difference}. Copy the words exactly as the source prints them. Closest passage (paragraph ${closest.paragraph}):\n    ${closest.passage}`;
}

function paragraphProblem(w: Wording, found: number[], snapshotName: string, headline: boolean): ContentProblem[] {
  if (w.paragraph === undefined || found.includes(w.paragraph)) return [];
  const counted = headline
    ? 'the non-empty lines after the headline'
    : 'the non-empty lines, this snapshot having no headline';
  return [
    {
      file: fileOf(w.quote, 'quotes'),
      field: fieldOf(w, 'paragraph'),
      message: `the words stand in paragraph ${found.join(' and ')} of ${snapshotName}, not ${w.paragraph} (paragraphs are ${counted}, counting from 1): write paragraph: ${found[0]}`,
    },
  ];
}

/** Checks one wording against its source's snapshot, read into paragraphs. */
function checkWording(
  w: Wording,
  snapshot: Snapshot,
  paragraphs: string[],
): { check: Partial<WordingCheck>; problems: ContentProblem[] } {
  const match = matchWording(w.text, paragraphs, snapshot.excerpt);
  switch (match.kind) {
    case 'whole':
      return {
        check: { status: 'verified', endsAtExcerptEnd: snapshot.excerpt && match.endsAtCut },
        problems: paragraphProblem(w, match.paragraphs, snapshot.file, snapshot.headline),
      };
    case 'to-excerpt-end':
      return {
        check: {
          status: 'verified-to-excerpt-end',
          wordsChecked: match.wordsChecked,
          words: match.words,
          endsAtExcerptEnd: true,
        },
        problems: paragraphProblem(w, [match.paragraph], snapshot.file, snapshot.headline),
      };
    case 'absent':
      return { check: { status: 'beyond-excerpt' }, problems: [] };
    case 'differs':
      return {
        check: { status: 'mismatch' },
        problems: [
          {
            file: fileOf(w.quote, 'quotes'),
            field: fieldOf(w, 'text'),
            message: describeMismatch(w.text, snapshot.file, paragraphs),
          },
        ],
      };
  }
}

/**
 * Checks every quote and variant taken from a source with a snapshot: its words must stand in
 * the snapshot word for word (typography aside) and in the paragraph recorded. Against an
 * opening excerpt, words past the excerpt's end are unknown: never a mismatch, never verified.
 */
export function verifyQuotes(input: Pick<RecordInput, 'sources' | 'quotes'>, read: SnapshotReader): VerifyReport {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  // A quote may be withdrawn because the source does not print its words; it stays withdrawn.
  const { onRecord, withdrawn } = withdrawnApart(input.quotes);
  const wordings: Wording[] = onRecord.flatMap((quote) => [
    {
      quote,
      variant: undefined,
      text: quote.data.text,
      paragraph: quote.data.paragraph,
      source: sources.get(quote.data.source.id)!,
    },
    ...quote.data.variants.map((v, i) => ({
      quote,
      variant: i,
      text: v.text,
      paragraph: v.paragraph,
      source: sources.get(v.source.id)!,
    })),
  ]);
  const problems: ContentProblem[] = [];
  const checks: WordingCheck[] = [];
  const snapshots = new Map<string, string[] | undefined>();
  let checked = 0;
  for (const w of wordings) {
    const base = { quote: w.quote.id, variant: w.variant, source: w.source?.id, endsAtExcerptEnd: false };
    const snapshot = w.source?.data.snapshot;
    if (!snapshot) {
      checks.push({ ...base, status: 'no-snapshot' });
      continue;
    }
    const name = snapshot.file;
    if (!snapshots.has(name)) {
      const text = read(name);
      snapshots.set(name, text === undefined ? undefined : paragraphsOf(text, snapshot));
      if (text === undefined) {
        problems.push({
          file: fileOf(w.source, 'sources'),
          field: 'snapshot',
          message: `there is no snapshot "${name}" in the snapshot folder: put the file there, or point to the folder with --snapshots DIR (or OTR_SNAPSHOT_DIR)`,
        });
      }
    }
    const paragraphs = snapshots.get(name);
    if (!paragraphs) {
      checks.push({ ...base, status: 'snapshot-missing' });
      continue;
    }
    const result = checkWording(w, snapshot, paragraphs);
    if (result.check.status !== 'beyond-excerpt') checked++;
    checks.push({ ...base, ...result.check } as WordingCheck);
    problems.push(...result.problems);
  }
  return {
    problems,
    checked,
    snapshots: [...snapshots.keys()].filter((n) => snapshots.get(n)),
    wordings: checks,
    withdrawn: withdrawn.map((quote) => quote.id),
  };
}
