/**
 * The record's collections: one folder of `content/` each, one file per entry. Every list of
 * the collections in the code (Astro's config, the checks outside a build, the published URLs,
 * the benchmark) is read from here.
 */
export const COLLECTIONS = ['sources', 'stakeholders', 'claims', 'quotes', 'events'] as const;

export type CollectionName = (typeof COLLECTIONS)[number];

/** Which files each collection folder holds: a glob for Astro's loader, a pattern for the rest. */
export const COLLECTION_FILES: Record<CollectionName, { glob: string; pattern: RegExp }> = {
  sources: { glob: '**/*.{yaml,yml}', pattern: /\.ya?ml$/ },
  stakeholders: { glob: '**/*.{md,mdx}', pattern: /\.mdx?$/ },
  claims: { glob: '**/*.{md,mdx}', pattern: /\.mdx?$/ },
  quotes: { glob: '**/*.{yaml,yml}', pattern: /\.ya?ml$/ },
  events: { glob: '**/*.{yaml,yml}', pattern: /\.ya?ml$/ },
};

/**
 * An entry's id, which is its file name and the last part of its permanent URL: lower-case
 * letters and digits in words joined by single hyphens.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
