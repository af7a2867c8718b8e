// The audit's static server for dist/: 127.0.0.1, a random free port. It behaves like an
// ordinary static host: correct content types, 404 for anything missing, `dir/` serves
// `dir/index.html` (and `dir` redirects to `dir/`), gzip when the client accepts it, and the
// site's Content-Security-Policy sent as an HTTP header, identical to the pages' meta tag.

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES = {
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

/** The content of a page's CSP meta tag, or null. */
export function cspOf(html) {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  return meta ? meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/** The content of the CSP meta tag of dist/index.html (the plugin writes the same one on every page). */
export function readCsp(dist) {
  const csp = cspOf(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!csp) throw new Error('dist/index.html has no <meta http-equiv="Content-Security-Policy">');
  return csp;
}

/**
 * Serves `dist` until close() is called.
 * @returns {Promise<{ origin: string, port: number, csp: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startServer(dist) {
  const root = resolve(dist);
  const csp = readCsp(root);
  const requests = [];
  const gzipped = new Map();

  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    const file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let target = file;
    let st;
    try {
      st = statSync(target);
      if (st.isDirectory()) {
        if (!path.endsWith('/')) {
          const u = new URL(req.url, 'http://x');
          res.writeHead(301, { location: `${u.pathname}/${u.search}` }).end();
          return;
        }
        target = join(target, 'index.html');
        st = statSync(target);
      }
    } catch {
      st = undefined;
    }
    if (!st || !st.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp }).end('not found');
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    if (type.startsWith('text/html')) headers['content-security-policy'] = csp;
    let body = readFileSync(target);
    const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type);
    if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${target}:${st.mtimeMs}:${st.size}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
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
    csp,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
