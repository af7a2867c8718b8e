// The benchmark's server: the shared static server with no compression (loopback transfer is
// not what we measure; sizes are reported separately) and no caching. `aliases` maps URL paths
// to files, e.g. the reference's ./data.json to a data set.
import { serveStatic } from '../support/static-server.mjs';

/**
 * Starts serving `mounts` ({ '/site-a/': '/abs/dir', ... }) and `aliases` ({ '/site-a/data.json': '/abs/file' }).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startServer(mounts, aliases = {}) {
  return serveStatic({ mounts, aliases, headers: () => ({ 'cache-control': 'no-store' }) });
}
