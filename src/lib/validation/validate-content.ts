import { QuoteHashesSchema } from '../../schemas/quote-hashes.ts';
import { checkRecord } from './check-record.ts';
import { renamedIds } from './aliases.ts';
import { containsMarkup, stringFields } from './check-markup.ts';
import { findUnbalancedMarks } from './check-quote-marks.ts';
import { CONTENT_SCHEMAS } from './content-schemas.ts';
import type { ContentProblem } from './content-problem.ts';
import { entryIdFromPath } from './entry-id.ts';
import { parseContentFile, type ContentFile } from './parse-content-file.ts';
import { findUncorrectedChanges, QUOTE_HASHES_FILE, type QuoteHashes } from './quote-hashes.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { CollectionName, Entry, RecordInput } from '../record/record-types.ts';
import { salvageReferences } from './salvage-references.ts';
import { problemsFromIssues } from './zod-problems.ts';

/** The content folder as read from disk: its entry files, and the recorded quote hashes if any. */
export interface ContentFolder {
  files: ContentFile[];
  hashes?: { file: string; text: string };
}

/** What validation found: every problem, and the entries (to be used only when there are no problems). */
export interface Validation {
  problems: ContentProblem[];
  record: RecordInput;
}

/** Files whose entry id (file name without extension) an earlier file in the same collection already has. */
function findDuplicateIds(files: ContentFile[]): Map<ContentFile, ContentProblem> {
  const seen = new Map<string, string>();
  const duplicates = new Map<ContentFile, ContentProblem>();
  for (const contentFile of files) {
    const key = `${contentFile.collection}/${entryIdFromPath({ entry: contentFile.file })}`;
    const first = seen.get(key);
    if (first) {
      duplicates.set(contentFile, {
        file: contentFile.file,
        field: '(file name)',
        message: `${first} has the same name, and both would be published at /${key}/: rename one of them`,
      });
    } else seen.set(key, contentFile.file);
  }
  return duplicates;
}

function findMarkup(file: string, data: Record<string, unknown>): ContentProblem[] {
  return stringFields(data)
    .filter(({ field, text }) => field !== 'url' && containsMarkup(text))
    .map(({ field }) => ({
      file,
      field,
      message: 'holds HTML markup or a script address: write plain text (it is shown exactly as written, never run)',
    }));
}

function findUnbalancedQuotes(file: string, data: Record<string, unknown>): ContentProblem[] {
  const variants = Array.isArray(data.variants) ? (data.variants as { text?: unknown }[]) : [];
  const texts = [
    { field: 'text', text: data.text },
    ...variants.map((v, i) => ({ field: `variants[${i}].text`, text: v?.text })),
  ];
  return texts.flatMap(({ field, text }) =>
    typeof text === 'string' ? findUnbalancedMarks(text).map((message) => ({ file, field, message })) : [],
  );
}

function readHashes(hashes: ContentFolder['hashes']): { recorded: QuoteHashes; problems: ContentProblem[] } {
  if (!hashes) return { recorded: {}, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(hashes.text);
  } catch {
    return {
      recorded: {},
      problems: [
        {
          file: hashes.file,
          field: '(file)',
          message: `${QUOTE_HASHES_FILE} is not valid JSON: restore it from git, or run \`npm run record\``,
        },
      ],
    };
  }
  const result = QuoteHashesSchema().safeParse(json);
  if (!result.success) return { recorded: {}, problems: problemsFromIssues(hashes.file, result.error.issues) };
  return { recorded: result.data, problems: [] };
}

/** One file's own problems, and its data for the record: parsed, or a stand-in naming its references. */
function checkFile(contentFile: ContentFile, collection: CollectionName) {
  const { file } = contentFile;
  const parsed = parseContentFile(contentFile);
  const problems = [...parsed.problems];
  if (!parsed.data) return { problems, valid: false, data: salvageReferences(collection) };
  const result = CONTENT_SCHEMAS[collection].safeParse(parsed.data);
  problems.push(...findMarkup(file, parsed.data));
  if (collection === 'quotes') problems.push(...findUnbalancedQuotes(file, parsed.data));
  if (!result.success) problems.push(...problemsFromIssues(file, result.error.issues));
  const valid = result.success && parsed.problems.length === 0;
  return { problems, valid, data: valid ? result.data : salvageReferences(collection, parsed.data) };
}

/**
 * Checks the whole content folder before anything is built: file syntax, MDX bodies, schemas,
 * duplicate names, markup in text, unpaired marks in quotes, the record's cross-references,
 * and a quote's words, date, speaker, source or outlets changed with no correction naming it.
 * Never throws on bad content; reports it.
 */
export function validateContent(folder: ContentFolder): Validation {
  const duplicates = findDuplicateIds(folder.files);
  const duplicatedIds = new Set(
    [...duplicates.keys()].map((f) => `${f.collection}/${entryIdFromPath({ entry: f.file })}`),
  );
  const problems: ContentProblem[] = [...duplicates.values()];
  const record: RecordInput = { sources: [], stakeholders: [], claims: [], quotes: [], events: [] };
  const quotesToCompare: Entry<Quote>[] = [];
  for (const contentFile of folder.files) {
    const collection = contentFile.collection as CollectionName;
    const id = entryIdFromPath({ entry: contentFile.file });
    const { problems: own, valid, data } = checkFile(contentFile, collection);
    problems.push(...own);
    // A duplicate is checked on its own but left out of the record, which holds one entry per id.
    if (duplicates.has(contentFile)) continue;
    const entry = { id, filePath: contentFile.file, data };
    (record[collection] as Entry<unknown>[]).push(entry);
    // While two files share an id it is unclear whose words were recorded; the name is fixed first.
    if (valid && collection === 'quotes' && !duplicatedIds.has(`quotes/${id}`))
      quotesToCompare.push(entry as Entry<Quote>);
  }
  problems.push(...checkRecord(record));
  const hashes = readHashes(folder.hashes);
  problems.push(
    ...hashes.problems,
    ...findUncorrectedChanges(quotesToCompare, hashes.recorded, undefined, renamedIds(record)),
  );
  // Sorted by file (stably), so that each file's problems read together.
  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file)), record };
}
