import { findClosestPassage } from './closest-passage';
import type { ContentProblem } from './curator-error';
import type { Quote } from '../schemas/quote';
import type { Source } from '../schemas/source';
import type { Entry, RecordInput } from './record-types';
import { paragraphsOf } from './snapshot-paragraphs';
import { foldTypography } from './typography';

/** Reads a snapshot by file name; undefined when there is no such file. */
export type SnapshotReader = (fileName: string) => string | undefined;

/** What `verifyQuotes` found: the problems, and how many wordings it could check. */
export interface VerifyReport {
  problems: ContentProblem[];
  checked: number;
  snapshots: string[];
}

interface Wording {
  quote: Entry<Quote>;
  /** The field prefix the problem is reported under: "" or "variants[1]." */
  field: string;
  text: string;
  paragraph: number | undefined;
  source: Entry<Source>;
}

function fileOf(entry: Entry<unknown>, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
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

function checkWording(w: Wording, snapshotName: string, paragraphs: string[]): ContentProblem[] {
  const file = fileOf(w.quote, 'quotes');
  const folded = foldTypography(w.text);
  const found = paragraphs.flatMap((p, i) => (foldTypography(p).includes(folded) ? [i + 1] : []));
  if (found.length === 0) {
    return [{ file, field: `${w.field}text`, message: describeMismatch(w.text, snapshotName, paragraphs) }];
  }
  if (w.paragraph !== undefined && !found.includes(w.paragraph)) {
    return [
      {
        file,
        field: `${w.field}paragraph`,
        message: `the words stand in paragraph ${found.join(' and ')} of ${snapshotName}, not ${w.paragraph} (paragraphs are the non-empty lines after the headline, counting from 1): write paragraph: ${found[0]}`,
      },
    ];
  }
  return [];
}

/**
 * Checks every quote and variant taken from a source with a snapshot: its words must stand in
 * the snapshot word for word (typography aside) and in the paragraph recorded.
 */
export function verifyQuotes(input: Pick<RecordInput, 'sources' | 'quotes'>, read: SnapshotReader): VerifyReport {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const wordings: Wording[] = input.quotes.flatMap((quote) => [
    { quote, field: '', text: quote.data.text, paragraph: quote.data.paragraph, source: sources.get(quote.data.source.id)! },
    ...quote.data.variants.map((v, i) => ({
      quote,
      field: `variants[${i}].`,
      text: v.text,
      paragraph: v.paragraph,
      source: sources.get(v.source.id)!,
    })),
  ]);
  const problems: ContentProblem[] = [];
  const snapshots = new Map<string, string[] | undefined>();
  let checked = 0;
  for (const w of wordings) {
    const name = w.source?.data.snapshot?.file;
    if (!name) continue;
    if (!snapshots.has(name)) {
      const text = read(name);
      snapshots.set(name, text === undefined ? undefined : paragraphsOf(text));
      if (text === undefined) {
        problems.push({
          file: fileOf(w.source, 'sources'),
          field: 'snapshot',
          message: `there is no snapshot "${name}" in the snapshot folder: put the file there, or point to the folder with --snapshots DIR (or OTR_SNAPSHOT_DIR)`,
        });
      }
    }
    const paragraphs = snapshots.get(name);
    if (!paragraphs) continue;
    checked++;
    problems.push(...checkWording(w, name, paragraphs));
  }
  return { problems, checked, snapshots: [...snapshots.keys()].filter((n) => snapshots.get(n)) };
}
