// A small static file server for the benchmark and the audits: 127.0.0.1, a random free port,
// correct content types, 404 for anything missing, `dir/` serves `dir/index.html`.

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * Serves directories until close() is called.
 * @param {object} o
 * @param {Record<string, string>} o.mounts URL prefix → directory, e.g. { '/': 'dist' }
 * @param {Record<string, string>} [o.aliases] URL path → file
 * @param {(type: string) => Record<string, string>} [o.headers] extra headers for a response of that content type (404s get those of text/plain)
 * @param {boolean} [o.gzip] gzip text when the client accepts it, like a real host
 * @param {boolean} [o.redirectDirs] redirect `dir` to `dir/`, like a real host
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function serveStatic({ mounts, aliases = {}, headers = () => ({}), gzip = false, redirectDirs = false }) {
  const zipped = new Map();
  const notFound = (res) => res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers('text/plain') }).end('not found');
  const server = createServer((req, res) => {
    let url;
    let path;
    try {
      url = new URL(req.url, 'http://x');
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    let file = aliases[path];
    if (!file) {
      const prefix = Object.keys(mounts)
        .filter((p) => path.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      if (prefix) {
        const root = resolve(mounts[prefix]);
        const candidate = resolve(join(root, normalize(path.slice(prefix.length) || '.')));
        if (candidate === root || candidate.startsWith(root + sep)) file = candidate;
      }
    }
    let st;
    try {
      st = file && statSync(file);
      if (st?.isDirectory()) {
        if (redirectDirs && !path.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      st = undefined;
    }
    if (!st?.isFile()) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const head = { 'content-type': type, ...headers(type) };
    let body = readFileSync(file);
    if (gzip && /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${st.mtimeMs}:${st.size}`;
      if (!zipped.has(key)) zipped.set(key, gzipSync(body, { level: 9 }));
      body = zipped.get(key);
      head['content-encoding'] = 'gzip';
      head.vary = 'accept-encoding';
    }
    head['content-length'] = body.length;
    res.writeHead(200, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
