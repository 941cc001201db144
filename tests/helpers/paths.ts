import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The record the tests of behaviour build: a frozen copy under tests/fixtures/ (see its README). */
export const fixtureRecord = path.join(projectRoot, 'tests/fixtures/record');

/** The archive's own record, which the `record` test project checks. */
export const realRecord = path.join(projectRoot, 'content');

/** Scratch space for test builds (git-ignored), emptied at the start of every run. */
export const scratchRoot = path.join(projectRoot, 'tests/.tmp');

/**
 * Formatted citations, shared by every test build of a run: they are kept under a digest of what
 * they format, so a build of other content only adds its own, and most builds copy the fixture
 * record (one build's formatting is some 2 s of its 9).
 */
export const sharedCitations = path.join(scratchRoot, 'citations');
