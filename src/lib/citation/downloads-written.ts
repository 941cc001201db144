/**
 * How the build's page code tells the citation-downloads integration when every download file is
 * written. Astro loads the integrations and the page code as two separate copies of the modules
 * in one process, so the promise goes through the global object, under a symbol that both copies
 * name alike.
 */
const WRITTEN = Symbol.for('on-the-record:citation-downloads-written');

type Holder = { [WRITTEN]?: Promise<void> };

/** Called by the page code once it has started writing every entry's downloads. */
export function announceDownloads(written: Promise<void>): void {
  // A failure is reported where the integration waits for it, not as an unhandled rejection.
  written.catch(() => {});
  (globalThis as Holder)[WRITTEN] = written;
}

/** Settles when the downloads the page code started are written; at once if it started none. */
export function downloadsWritten(): Promise<void> {
  return (globalThis as Holder)[WRITTEN] ?? Promise.resolve();
}
