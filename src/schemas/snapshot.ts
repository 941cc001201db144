import { z } from 'astro/zod';

const FILE_NAME = z
  .string({ error: 'snapshot must be a file name' })
  .regex(
    /^[\w][\w.-]*\.txt$/,
    'snapshot must be a plain file name ending in .txt, with no folder, e.g. "eandt-moral-duty-2021.txt"',
  );

/**
 * The plain-text copy of a source that quotes are checked against, in `content/snapshots/`
 * (never published). Written as a file name for a whole text whose first line is its headline,
 * or in full for an excerpt or a text that opens without one.
 */
export function SnapshotSchema() {
  const full = z.strictObject({
    /** File name in the snapshot folder, e.g. "cgtn-2021-04-20.txt". */
    file: FILE_NAME,
    /**
     * True when the file holds only the opening part of the page (an archive's excerpt): a
     * quote is held to every word the excerpt contains, and words past its end are unknown.
     */
    excerpt: z.boolean({ error: 'excerpt must be true or false' }).default(false),
    /**
     * True when the file's first non-empty line is the headline, so paragraphs count from the
     * line after it; false when the text opens with something else (a caption, body text) and
     * paragraphs count from its first line.
     */
    headline: z.boolean({ error: 'headline must be true or false' }).default(true),
  });
  return z.union([FILE_NAME.transform((file) => ({ file, excerpt: false, headline: true })), full]);
}

export type Snapshot = z.output<ReturnType<typeof SnapshotSchema>>;
