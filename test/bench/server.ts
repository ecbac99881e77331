/**
 * A tiny static file server for the bench: the repository root (for dist/ and data/) and the
 * bench's temporary directory under /bench/. 127.0.0.1 only, a free port, no caching, so every
 * page load fetches what it measures.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Resolves `urlPath` under `root`, or null when it would leave it. */
function inside(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** `distDir`: served as /dist/ instead of the repository's (another build of the kit, for an A/B: ab-cold.ts). */
export function serve(repoRoot: string, benchDir: string, distDir?: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = path.startsWith('/bench/')
      ? inside(benchDir, path.slice('/bench/'.length))
      : distDir && path.startsWith('/dist/')
        ? inside(distDir, path.slice('/dist/'.length))
        : inside(repoRoot, path.slice(1));
    let size = -1;
    try {
      if (file) {
        const st = statSync(file);
        if (st.isFile()) size = st.size;
      }
    } catch {
      /* not found */
    }
    if (!file || size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
