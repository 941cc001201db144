import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { snapshotDir } from '../../settings.ts';
import { verifyQuotes, type WordingCheck } from './verify-quotes.ts';

/** What the check could say of a quote's own words and of each of its variants' wordings. */
export interface QuoteChecks {
  text: WordingCheck | undefined;
  variants: (WordingCheck | undefined)[];
}

let loaded: Promise<Map<string, QuoteChecks>> | undefined;

/**
 * How far each wording of the record could be checked against the snapshots, computed once per
 * build for the quote pages. A build without the snapshot folder (a copy of the site's code
 * without `content/snapshots/`, or `OTR_SNAPSHOT_DIR` pointing nowhere) still builds: the pages
 * then say nothing about checking rather than claim that no copy is held, and the build warns.
 * A wrong quotation is stopped by `npm run verify` and `npm test`, not by the site build.
 */
export function loadWordingChecks(): Promise<Map<string, QuoteChecks>> {
  loaded ??= (async () => {
    const byQuote = new Map<string, QuoteChecks>();
    if (!existsSync(snapshotDir)) {
      console.warn(
        `[on-the-record] no snapshot folder at ${snapshotDir}: quote pages will not say which quotes were checked against a copy of their source`,
      );
      return byQuote;
    }
    const report = verifyQuotes(
      { sources: await getCollection('sources'), quotes: await getCollection('quotes') },
      (name) => {
        const file = path.join(snapshotDir, name);
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      },
    );
    for (const check of report.wordings) {
      const entry = byQuote.get(check.quote) ?? { text: undefined, variants: [] };
      if (check.variant === undefined) entry.text = check;
      else entry.variants[check.variant] = check;
      byQuote.set(check.quote, entry);
    }
    return byQuote;
  })();
  return loaded;
}
