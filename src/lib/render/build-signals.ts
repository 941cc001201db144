/**
 * What the integrations and the page code of one build tell each other while it runs. Astro
 * loads the integrations and the page code as two separate copies of the modules in one process,
 * so each signal goes through the global object, under a symbol both copies name alike. (A value
 * written into the page code's modules would not do: Astro would see their code change, and
 * render every page again.)
 */
const STARTED = Symbol.for('on-the-record:build-started');
const WRITTEN = Symbol.for('on-the-record:citation-downloads-written');

/** What src/integrations/previous-output.ts found when the build started. */
export interface BuildStart {
  /** The build's inputs (`buildInputs`), read once, for the decision below and the pages' keys. */
  inputs: string;
  /** Whether the build kept the last build's output in place, every citation download in it. */
  outputKept: boolean;
}

type Holder = { [STARTED]?: BuildStart; [WRITTEN]?: Promise<void> };
const signals = globalThis as Holder;

export function setBuildStart(start: BuildStart): void {
  signals[STARTED] = start;
}

/** What the build found when it started; undefined under `astro dev`, which starts no build. */
export function buildStart(): BuildStart | undefined {
  return signals[STARTED];
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
