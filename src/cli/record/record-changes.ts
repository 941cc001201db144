import { isDeepStrictEqual } from 'node:util';

/**
 * What `npm run record` changed in the two committed records a curator keeps up to date: the
 * recorded quotes (`quote-hashes.json`) and the published URLs (`published-urls.json`). Pure, so
 * that the report a curator reads is tested apart from the files.
 */
export interface RecordChanges {
  /** Quotes recorded for the first time (new quotes). */
  newlyRecorded: string[];
  /** Quotes whose record changed: after a correction, or when the record's form changed. */
  reRecorded: string[];
  /** Ids recorded before that no quote has now (a quote renamed or removed). */
  noLongerRecorded: string[];
  /** URLs the build publishes that the manifest did not list yet. */
  urlsAdded: string[];
  /** Quotes re-recorded because they were withdrawn since, with the date of the withdrawal. */
  withdrawn?: Map<string, string>;
}

/**
 * Compares two records of quotes by id. Entries are compared whole, whatever they hold, so that
 * the report stays true when the record comes to cover more of a quote than its words.
 */
export function compareRecordedQuotes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Pick<RecordChanges, 'newlyRecorded' | 'reRecorded' | 'noLongerRecorded' | 'withdrawn'> {
  const ids = Object.keys(after).sort();
  const withdrawnOn = (entry: unknown) => (entry as { withdrawn?: string } | undefined)?.withdrawn;
  return {
    withdrawn: new Map(
      ids
        .filter((id) => id in before && withdrawnOn(after[id]) && !withdrawnOn(before[id]))
        .map((id) => [id, withdrawnOn(after[id])!]),
    ),
    newlyRecorded: ids.filter((id) => !(id in before)),
    reRecorded: ids.filter((id) => id in before && !isDeepStrictEqual(before[id], after[id])),
    noLongerRecorded: Object.keys(before)
      .filter((id) => !(id in after))
      .sort(),
  };
}

/** The latest correction of a quote, as the report names it. */
export interface LatestCorrection {
  date: string;
  changed: string;
}

export interface ReportFiles {
  /** The quote record, as the curator's shell sees it (e.g. `content/quote-hashes.json`). */
  quotes: string;
  /** The URL manifest, likewise. */
  urls: string;
}

/**
 * The report printed after recording: each quote newly recorded or re-recorded (with the
 * correction that allowed it), each URL added, and which files to commit; or that nothing
 * changed. `rewritten` lists files whose text changed without any entry changing (their form).
 */
export function describeRecordChanges(
  changes: RecordChanges,
  files: ReportFiles,
  latestCorrection: (id: string) => LatestCorrection | undefined,
  rewritten: string[] = [],
): string {
  const lines: string[] = [];
  const { newlyRecorded, reRecorded, noLongerRecorded, urlsAdded } = changes;
  if (newlyRecorded.length + reRecorded.length + noLongerRecorded.length > 0) {
    lines.push(`${files.quotes}:`);
    for (const id of newlyRecorded) lines.push(`  newly recorded: ${id}`);
    for (const id of reRecorded) {
      const correction = latestCorrection(id);
      const withdrawal = changes.withdrawn?.get(id);
      lines.push(
        withdrawal
          ? `  recorded as withdrawn on ${withdrawal}: ${id}`
          : correction
            ? `  re-recorded after its correction of ${correction.date} (${correction.changed}): ${id}`
            : `  re-recorded (its record changed form; the quote has no correction): ${id}`,
      );
    }
    for (const id of noLongerRecorded) lines.push(`  no longer recorded (no quote has this id now): ${id}`);
  }
  if (urlsAdded.length > 0) {
    lines.push(`${files.urls}: ${urlsAdded.length === 1 ? '1 URL' : `${urlsAdded.length} URLs`} added`);
    for (const url of urlsAdded) lines.push(`  ${url}`);
  }
  for (const file of rewritten) lines.push(`${file}: rewritten in its current form; no entry changed`);
  if (lines.length === 0) {
    return `Nothing changed: every quote and every published URL was already recorded in ${files.quotes} and ${files.urls}.`;
  }
  const changed = [
    ...(newlyRecorded.length + reRecorded.length + noLongerRecorded.length > 0 || rewritten.includes(files.quotes)
      ? [files.quotes]
      : []),
    ...(urlsAdded.length > 0 || rewritten.includes(files.urls) ? [files.urls] : []),
  ];
  lines.push(`Commit ${changed.join(' and ')} with your change.`);
  return lines.join('\n');
}
