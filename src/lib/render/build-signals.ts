/**
 * What the integrations and the page code of one build tell each other while it runs. Astro
 * loads the integrations and the page code as two separate copies of the modules in one process,
 * so each signal goes through the global object, under a symbol both copies name alike. (A value
 * written into the page code's modules would not do: Astro would see their code change, and
 * render every page again.)
 */
const KEPT = Symbol.for('on-the-record:output-kept');
const WRITTEN = Symbol.for('on-the-record:citation-downloads-written');

type Holder = { [KEPT]?: boolean; [WRITTEN]?: Promise<void> };
const signals = globalThis as Holder;

/**
 * Set by src/integrations/previous-output.ts when the build starts: whether it kept the last
 * build's output in place, every citation download in it.
 */
export function setOutputKept(kept: boolean): void {
  signals[KEPT] = kept;
}

export function outputKept(): boolean {
  return signals[KEPT] === true;
}

/** Called by the page code once it has started writing every entry's citation downloads. */
export function announceDownloads(written: Promise<void>): void {
  // A failure is reported where the integration waits for it, not as an unhandled rejection.
  written.catch(() => {});
  signals[WRITTEN] = written;
}

/**
 * Settles when the downloads the page code started are written; at once if it started none.
 * src/integrations/citation-downloads.ts waits for it before the build ends.
 */
export function downloadsWritten(): Promise<void> {
  return signals[WRITTEN] ?? Promise.resolve();
}
