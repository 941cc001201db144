/**
 * Whether this build kept the last build's output in place, which src/integrations/
 * previous-output.ts decides when the build starts and the page code reads: every citation
 * download is then already written. Astro loads the integrations and the page code as two
 * separate copies of the modules in one process, so the answer goes through the global object,
 * under a symbol both copies name alike. (A value in the page code's modules would not do: Astro
 * would see their code change, and render every page again.)
 */
const KEPT = Symbol.for('on-the-record:output-kept');

type Holder = { [KEPT]?: boolean };

export function setOutputKept(kept: boolean): void {
  (globalThis as Holder)[KEPT] = kept;
}

export function outputKept(): boolean {
  return (globalThis as Holder)[KEPT] === true;
}
