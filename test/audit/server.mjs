// The audit's static server for dist/: 127.0.0.1, a random free port. It behaves like an
// ordinary static host: correct content types, 404 for anything missing, `dir/` serves
// `dir/index.html` (and `dir` redirects to `dir/`), gzip when the client accepts it, and the
// site's Content-Security-Policy sent as an HTTP header, identical to the pages' meta tag.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../support/static-server.mjs';

/** The content of a page's CSP meta tag, or null. */
export function cspOf(html) {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  return meta ? meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/** The content of the CSP meta tag of dist/index.html (the plugin writes the same one on every page). */
function readCsp(dist) {
  const csp = cspOf(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!csp) throw new Error('dist/index.html has no <meta http-equiv="Content-Security-Policy">');
  return csp;
}

/**
 * Serves `dist` like an ordinary static host (gzip, `dir` → `dir/`), with the site's CSP as a
 * header on pages and 404s, until close() is called.
 * @returns {Promise<{ origin: string, port: number, csp: string, close: () => Promise<void> }>}
 */
export async function startServer(dist) {
  const root = resolve(dist);
  const csp = readCsp(root);
  const server = await serveStatic({
    mounts: { '/': root },
    gzip: true,
    redirectDirs: true,
    headers: (type) => ({ 'x-content-type-options': 'nosniff', ...(/^text\/(html|plain)/.test(type) ? { 'content-security-policy': csp } : {}) }),
  });
  return { ...server, csp };
}
