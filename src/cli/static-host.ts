import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  /** Origin and base path, e.g. `http://127.0.0.1:5123/archive/`. */
  url: string;
  close: () => Promise<void>;
}

export interface StaticHostOptions {
  /** Path the site is served under, e.g. `/archive/`. */
  base?: string;
  /** Serve the `.gz` copies beside files to clients that accept gzip, as hosts compress text. */
  gzip?: boolean;
  /** Sees every response before it is written (the benchmark counts the bytes sent). */
  onResponse?: (res: http.ServerResponse) => void;
}

/**
 * Serves a built site as a plain static host would: files only, `404.html` for anything
 * missing, and optionally under a base path. Listens on loopback, on a free port. Used by the
 * browser tests and the benchmark.
 */
export async function serveStatic(dir: string, options: StaticHostOptions = {}): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, gzip: options.gzip ?? false });
  const prefix = (options.base ?? '/').replace(/\/+$/, '');
  const server = http.createServer((req, res) => {
    options.onResponse?.(res);
    const url = req.url ?? '/';
    if (prefix && !url.startsWith(prefix + '/')) {
      res.statusCode = 404;
      res.end('Not under the base path');
      return;
    }
    req.url = url.slice(prefix.length) || '/';
    files(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      files(req, res, () => {
        res.end('Not found');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
