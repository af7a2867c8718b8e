import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { writeSheet } from '../data/csv/write-sheet';
import type { TimelineData } from '../data/types';
import { DataFileError } from './load-data';

/**
 * Live preview under `npm run dev`: when the data file (JSON or a sheet) is saved, the page
 * reloads with it, or, when it has errors, shows Vite's error overlay with the same list the
 * build prints; the server keeps running. The dev server also serves `events.json` and
 * `events.csv` as the build publishes them.
 */
export function watchData(server: ViteDevServer, file: string, load: () => { text: string; data: TimelineData }) {
  server.watcher.add(file);
  let seen = -1;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const mtime = () => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return -1;
    }
  };
  const reload = () => {
    seen = mtime();
    try {
      load();
      server.hot.send({ type: 'full-reload' });
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      server.config.logger.error(e.message, { timestamp: true });
      server.hot.send({ type: 'error', err: { message: e.message, stack: '', plugin: 'timeline-data', id: file } });
    }
  };
  const changed = (path: string) => {
    if (resolve(path) !== file) return;
    reload();
    // The watcher drops a second change within 50 ms of the first: look again once that has passed.
    clearTimeout(recheck);
    recheck = setTimeout(() => mtime() !== seen && reload(), 100);
  };
  server.watcher.on('change', changed);
  server.watcher.on('add', changed);
  server.middlewares.use((req, res, next) => {
    const name = /\/events\.(json|csv)(\?|$)/.exec(req.url ?? '')?.[1];
    if (!name) return next();
    try {
      const { text, data } = load();
      res.setHeader('Content-Type', name === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');
      res.end(name === 'json' ? text : writeSheet(data));
    } catch (e) {
      next(e);
    }
  });
}
