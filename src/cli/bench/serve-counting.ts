import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../static-host.ts';

/**
 * Writes a gzipped copy beside each text file of a folder, as static hosts compress text on the
 * way out; Pagefind's own index files are compressed already.
 */
export async function precompress(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile() && /\.(js|json|css|html)$/.test(e.name))) {
    const file = path.join(entry.parentPath, entry.name);
    await writeFile(`${file}.gz`, gzipSync(await readFile(file)));
  }
}

/** A static host on loopback that counts the bytes it sends, as a plain file host would send them. */
export interface CountingServer {
  url: string;
  /** Bytes of response bodies sent since the last reset. */
  bytesSent: () => number;
  reset: () => void;
  close: () => Promise<void>;
}

/**
 * Counting at the server rather than in the browser catches every request, including those a
 * page's workers make, which the page's own network events do not report.
 */
export async function serveCounting(dir: string): Promise<CountingServer> {
  let sent = 0;
  const site = await serveStatic(dir, {
    gzip: true,
    onResponse: (res) => {
      const { write, end } = res;
      const count = (chunk: unknown) => {
        // Only what the search asked for: the browser's own favicon probe gets a 404.
        if (res.statusCode >= 400) return;
        if (typeof chunk === 'string' || chunk instanceof Uint8Array) sent += Buffer.byteLength(chunk);
      };
      // Counting wrappers around Node's overloaded write/end: arguments pass through untouched.
      const passWrite = write as (...args: unknown[]) => boolean;
      const passEnd = end as (...args: unknown[]) => typeof res;
      res.write = ((chunk: unknown, ...rest: unknown[]) => (
        count(chunk),
        passWrite.call(res, chunk, ...rest)
      )) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => (
        count(chunk),
        passEnd.call(res, chunk, ...rest)
      )) as typeof res.end;
    },
  });
  return {
    url: site.url,
    bytesSent: () => sent,
    reset: () => (sent = 0),
    close: site.close,
  };
}
