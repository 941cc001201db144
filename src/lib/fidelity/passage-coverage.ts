import type { ContentProblem } from '../validation/content-problem.ts';
import { findQuotedPassages, type QuotedPassage } from './quoted-passages.ts';
import type { Entry } from '../record/record-types.ts';
import { withdrawnApart } from '../record/on-record.ts';
import type { LeftOutPassage } from '../../schemas/left-out.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import { foldTypography } from '../wording/typography.ts';

/** Where the record holds a passage in quotation marks. */
export type PassageHome =
  | { kind: 'record'; wordings: string[] }
  | { kind: 'left-out'; reason: LeftOutPassage['reason'] }
  /** Held by a quote since withdrawn, whose page gives the reason (see CONTRIBUTING). */
  | { kind: 'withdrawn'; wordings: string[] }
  | { kind: 'unaccounted' };

export interface PassageCoverage extends QuotedPassage {
  home: PassageHome;
}

/** One snapshot's passages in quotation marks, and where the record holds each. */
export interface SnapshotCoverage {
  /** File name in the snapshot folder. */
  file: string;
  /** Ids of the sources that name the snapshot. */
  sources: string[];
  passages: PassageCoverage[];
}

export interface CoverageInput {
  /** Every file of the snapshot folder, with its text. */
  snapshots: { file: string; text: string }[];
  sources: Entry<Source>[];
  quotes: Entry<Quote>[];
  /** The committed list of passages left out, and its path for messages. */
  leftOut: { file: string; passages: LeftOutPassage[] };
  /** How a snapshot file is named in messages, e.g. `content/snapshots/x.txt`. */
  snapshotPath: (file: string) => string;
}

export interface CoverageReport {
  snapshots: SnapshotCoverage[];
  problems: ContentProblem[];
}

/** Fewer words than this are not taken as one wording's part of a passage that several share. */
const MIN_PIECE_WORDS = 3;

/** A passage or wording folded for comparison; a comma or full stop closing the passage inside its marks is not the speaker's. */
function fold(text: string): string {
  return foldTypography(text).replace(/[,.]$/, '').trim();
}

/** A labelled wording taken from one of the snapshot's sources. */
interface Wording {
  name: string;
  folded: string;
}

function wordingsFrom(sourceIds: Set<string>, quotes: Entry<Quote>[]): Wording[] {
  return quotes.flatMap((q) => [
    ...(sourceIds.has(q.data.source.id) ? [{ name: `quotes/${q.id}`, folded: foldTypography(q.data.text) }] : []),
    ...q.data.variants.flatMap((v, i) =>
      sourceIds.has(v.source.id) ? [{ name: `quotes/${q.id} variants[${i}]`, folded: foldTypography(v.text) }] : [],
    ),
  ]);
}

/**
 * The wordings that hold a passage: one whose words contain it, or else several that hold it in
 * consecutive pieces of at least MIN_PIECE_WORDS words each (an outlet prints in one paragraph
 * what the record holds as two quotes, e.g. "… messaging content. This is not acceptable.").
 * A passage the excerpt cuts off may also be held by a wording that ends where the cut falls,
 * its split last word left out ("… the good work and the progr").
 */
function wordingsHolding(passage: QuotedPassage, wordings: Wording[]): string[] {
  const folded = fold(passage.passage);
  const whole = wordings.find((w) => w.folded.includes(folded));
  if (whole) return [whole.name];
  const words = folded.split(' ');
  if (passage.end === 'cut' && words.length > MIN_PIECE_WORDS) {
    const uncut = words.slice(0, -1).join(' ');
    const atCut = wordings.find((w) => fold(w.folded).endsWith(uncut));
    if (atCut) return [atCut.name];
  }
  // reach[i]: the names of wordings covering words [0, i), in order, when they can.
  const reach: (string[] | undefined)[] = [[]];
  for (let i = 0; i < words.length; i++) {
    if (!reach[i]) continue;
    for (let j = words.length; j >= i + MIN_PIECE_WORDS; j--) {
      if (reach[j]) continue;
      const piece = words.slice(i, j).join(' ');
      const holder = wordings.find((w) => w.folded.includes(piece));
      if (holder) reach[j] = [...reach[i]!, holder.name];
    }
  }
  return reach[words.length] ?? [];
}

function describe(passage: QuotedPassage): string {
  return `“${passage.passage}”${passage.end === 'cut' ? ' (cut off by the end of the excerpt)' : ''}`;
}

/**
 * For every snapshot, every passage it prints in quotation marks and where the record holds it:
 * a quote or variant taken from the snapshot's source, or an entry of the list of passages left
 * out. Problems: a passage held nowhere, an entry of that list that matches no passage (its
 * words or snapshot changed), and a snapshot that no source names.
 */
export function coverPassages(input: CoverageInput): CoverageReport {
  const problems: ContentProblem[] = [];
  const usedLeftOut = new Set<number>();
  // A withdrawn quote's words are off the record, but its withdrawal gives a reason, as an entry
  // of the left-out list does: the passage is accounted for, as withdrawn.
  const { onRecord, withdrawn } = withdrawnApart(input.quotes);
  const snapshots = input.snapshots.map(({ file, text }): SnapshotCoverage => {
    const sources = input.sources.filter((s) => s.data.snapshot?.file === file).map((s) => s.id);
    if (sources.length === 0) {
      problems.push({
        file: input.snapshotPath(file),
        field: '(file)',
        message: `no source names this snapshot: name it in the source in content/sources/ it is a copy of ("snapshot: ${file}", or for an opening excerpt "snapshot: { file: ${file}, excerpt: true }"), or remove the file`,
      });
    }
    const wordings = wordingsFrom(new Set(sources), onRecord);
    const withdrawnWordings = wordingsFrom(new Set(sources), withdrawn);
    const passages = findQuotedPassages(text).map((passage): PassageCoverage => {
      const held = wordingsHolding(passage, wordings);
      if (held.length > 0) return { ...passage, home: { kind: 'record', wordings: held } };
      const leftOut = input.leftOut.passages.findIndex(
        (p) => p.snapshot === file && fold(p.passage) === fold(passage.passage),
      );
      if (leftOut >= 0) {
        usedLeftOut.add(leftOut);
        return { ...passage, home: { kind: 'left-out', reason: input.leftOut.passages[leftOut].reason } };
      }
      // Withdrawn words may hold a passage alone or as pieces beside words still on record.
      const heldBefore = wordingsHolding(passage, [...wordings, ...withdrawnWordings]);
      if (heldBefore.length > 0) return { ...passage, home: { kind: 'withdrawn', wordings: heldBefore } };
      problems.push({
        file: input.snapshotPath(file),
        field: `line ${passage.line}`,
        message: `the passage ${describe(passage)} is not on record: add it as a quote from ${sources.join(' or ') || 'its source'} (or as a variant of the quote whose words it repeats), or list it in ${input.leftOut.file} with snapshot: ${file}, the passage, a reason and a note`,
      });
      return { ...passage, home: { kind: 'unaccounted' } };
    });
    return { file, sources, passages };
  });
  const snapshotFiles = new Set(input.snapshots.map((s) => s.file));
  input.leftOut.passages.forEach((p, i) => {
    if (usedLeftOut.has(i)) return;
    problems.push({
      file: input.leftOut.file,
      field: `passages[${i}].passage`,
      message: snapshotFiles.has(p.snapshot)
        ? `no passage in quotation marks in ${p.snapshot} reads “${p.passage}” (or it is on record already): copy the words exactly as the snapshot prints them between the marks, or remove the entry`
        : `there is no snapshot "${p.snapshot}" in the snapshot folder: correct the file name, or remove the entry`,
    });
  });
  return { snapshots, problems };
}
