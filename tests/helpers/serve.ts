import { serveStatic as serveSite, type Served } from '../../src/cli/static-host.ts';

export type { Served };

/** The built site on a static host on loopback, optionally under a base path. */
export function serveStatic(dir: string, base = '/'): Promise<Served> {
  return serveSite(dir, { base });
}
