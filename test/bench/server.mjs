// A tiny static file server for the benchmark: 127.0.0.1, a random free port, no compression
// (loopback transfer is not what we measure; sizes are reported separately), no caching.
// `aliases` maps URL paths to files, e.g. the reference's ./data.json to a data set.

import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `mounts` ({ '/site-a/': '/abs/dir', ... }) and `aliases` ({ '/site-a/data.json': '/abs/file' }).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(mounts, aliases = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = aliases[path];
    if (!file) {
      const prefix = Object.keys(mounts)
        .filter((p) => path.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      if (prefix) {
        const root = resolve(mounts[prefix]);
        const rel = normalize(path.slice(prefix.length) || 'index.html');
        const candidate = resolve(join(root, rel));
        if (candidate === root || candidate.startsWith(root + sep)) file = candidate;
      }
    }
    let st;
    try {
      st = file && statSync(file);
      if (st && st.isDirectory()) {
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      st = undefined;
    }
    if (!st) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
