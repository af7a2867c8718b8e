import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildModel } from '../data/timeline-model';
import type { TimelineData } from '../data/types';
import { renderEventList } from '../render/event-list';
import { escapeHtml, jsonForScript } from '../render/html';
import { dataPath, DataFileError, loadData } from './load-data';

/** Fills the page template's placeholders from the data. */
export function fillPage(template: string, data: TimelineData): string {
  const model = buildModel(data);
  const fill: Record<string, string> = {
    title: escapeHtml(data.title),
    description: escapeHtml(data.description),
    list: renderEventList(model.events, (id) => `?event=${encodeURIComponent(id)}`).value,
    data: `<script type="application/json" id="timeline-data">${jsonForScript(data)}</script>`,
  };
  return template.replace(/<!--timeline:(\w+)-->/g, (m, key: string) => fill[key] ?? m);
}

/**
 * The Vite plugin that turns the data file into the site: validates it (failing the build
 * with every error and no deployable `dist/`), renders the list and the data into the HTML,
 * and publishes the data file and its schema beside the pages.
 */
export function timelinePlugin(): Plugin {
  let config: ResolvedConfig;
  let loaded: { text: string; data: TimelineData } | undefined;
  const load = () => loadData(dataPath(config.root), config.root);

  return {
    name: 'timeline-data',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      if (config.command !== 'build') return;
      try {
        loaded = load();
      } catch (e) {
        // Leave nothing deployable behind: a stale dist/ must not look like a good build.
        rmSync(resolve(config.root, config.build.outDir), { recursive: true, force: true });
        if (e instanceof DataFileError) config.logger.error(e.message);
        throw e;
      }
      this.addWatchFile(dataPath(config.root));
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // The dev server reads the file afresh on every request so edits show on reload.
        const { data } = config.command === 'build' && loaded ? loaded : load();
        return fillPage(html, data);
      },
    },
    generateBundle() {
      if (!loaded) return;
      this.emitFile({ type: 'asset', fileName: 'events.json', source: loaded.text });
    },
  };
}
