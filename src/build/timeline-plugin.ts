import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildModel, type TimelineModel } from '../data/timeline-model';
import type { TimelineData, TimelineEvent } from '../data/types';
import { renderMonthList } from '../render/month-list';
import { firstViewDates } from './first-view-dates';
import { LARGE_DATA, largeDataFiles, MAX_EVENT_PAGES } from './large-data';
import { renderEventList } from '../render/event-list';
import { escapeHtml, jsonForScript } from '../render/html';
import { pagePath, pageDescription, pageTitle, renderFocus, renderMeta, renderSitemap, type PageKind, pageDek, pageHeading } from '../render/page-meta';
import { dataPath, DataFileError, loadData } from './load-data';
import { buildClassicScript, type ClassicScript } from './classic-script';
import { classicScripts, relocate } from './html-rewrite';
import { fillReaderLinks, readerPageFiles } from './reader-pages';

/** The Content Security Policy every built page carries (hosts can send the same as a header; see README). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Fills the placeholders of the body (list and data), shared by every page. Large data sets get
 * a month-by-month list and no inline data (their data comes in scripts, see large-data.ts).
 * Every page also carries the dates its first view shows, already formatted.
 */
export function fillBody(template: string, model: TimelineModel<TimelineEvent>, data: TimelineData): string {
  const large = model.events.length > LARGE_DATA;
  const fill: Record<string, string> = {
    list: large ? renderMonthList(model.events).value : renderEventList(model.events, (id) => `./?event=${encodeURIComponent(id)}`).value,
    data:
      (large ? '' : `<script type="application/json" id="timeline-data">${jsonForScript(data)}</script>`) +
      `<script type="application/json" id="timeline-dates">${jsonForScript(firstViewDates(model))}</script>`,
  };
  return template.replace(/<!--timeline:(list|data)-->/g, (_, key: string) => fill[key]);
}

/** Fills the page-specific placeholders: title, description, head meta and the focused event. */
export function fillPage(
  html: string,
  data: TimelineData,
  page: PageKind,
  opts: { siteUrl?: string; eventPages?: boolean; csp?: boolean; dataScript?: string } = {},
): string {
  const fill: Record<string, string> = {
    // Large data sets: the index script, just before the app's script, which needs it when it runs.
    'index-data': opts.dataScript ? `<script src="./${opts.dataScript}"></script>` : '',
    // A build has already moved the app's script there (classicScripts); the dev server keeps its module script in the head.
    app: '',
    // Only built pages: the dev server injects inline scripts for hot reload.
    csp: opts.csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}" />` : '',
    title: escapeHtml(pageTitle(data, page)),
    heading: escapeHtml(pageHeading(data, page)),
    description: escapeHtml(pageDescription(data, page)),
    dek: escapeHtml(pageDek(data, page)),
    meta: renderMeta(data, page, opts.siteUrl, opts.eventPages ?? false).value,
    focus: String(renderFocus(page)),
  };
  const filled = html.replace(/<!--timeline:(csp|index-data|app|title|heading|description|dek|meta|focus)-->/g, (_, key: string) => fill[key]);
  // The embed page is compact from the first paint, before any script runs.
  return page.kind === 'embed' ? filled.replace('<html lang="en">', '<html lang="en" class="embed">') : filled;
}

/**
 * The Vite plugin that turns the data file into the site: validates it (failing the build
 * with every error and no deployable `dist/`), renders the list and the data into the HTML,
 * writes a page per event, the embed page and the sitemap, and publishes the data file.
 * Scripts are classic (not modules) so the site also runs in sandboxed frames.
 */
export function timelinePlugin(): Plugin {
  let config: ResolvedConfig;
  let loaded: { text: string; data: TimelineData; model: TimelineModel<TimelineEvent> } | undefined;
  let lazy: (ClassicScript & { fileName: string }) | undefined;
  let parentScript: ClassicScript | undefined;
  const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, '/')).href : undefined;
  const load = (root: string) => {
    const { text, data } = loadData(dataPath(root), root);
    return { text, data, model: buildModel(data) };
  };

  return {
    name: 'timeline-data',
    async config(user, env) {
      if (env.command !== 'build') return;
      const root = resolve(user.root ?? process.cwd());
      try {
        // Check the data before anything else, so bad data fails fast.
        loaded = load(root);
      } catch (e) {
        // Leave nothing deployable behind: a stale dist/ must not look like a good build.
        rmSync(resolve(root, user.build?.outDir ?? 'dist'), { recursive: true, force: true });
        if (!(e instanceof DataFileError)) throw e;
        // Print the list once, plainly; the thrown error only ends the build.
        process.stderr.write(`\n${e.message}\n\n`);
        const stop = new Error(`The timeline data is invalid (${e.errors.length} error${e.errors.length === 1 ? '' : 's'} above); nothing was built.`);
        stop.stack = stop.message;
        throw stop;
      }
      const built = await buildClassicScript(root, 'src/lazy.ts');
      lazy = { ...built, fileName: `assets/lazy-${built.hash}.js` };
      // embed.js keeps a fixed name: editors paste it into their pages.
      parentScript = await buildClassicScript(root, 'src/embed/embed-parent.ts');
      return {
        define: { __LAZY_SCRIPT__: JSON.stringify(lazy.fileName.replace(/^assets\//, '')) },
        build: { cssCodeSplit: false, rollupOptions: { output: { format: 'iife' } } },
      };
    },
    configResolved(c) {
      config = c;
    },
    buildStart() {
      if (config.command === 'build') this.addWatchFile(dataPath(config.root));
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // The dev server reads the file afresh on every request so edits show on reload.
        const { data, model } = config.command === 'build' && loaded ? loaded : load(config.root);
        const body = fillReaderLinks(fillBody(html, model, data), data, model);
        return config.command === 'build' ? body : fillPage(body, data, { kind: 'main' }, { siteUrl });
      },
    },
    generateBundle: {
      // After Vite's own HTML plugin has written index.html into the bundle.
      order: 'post',
      handler(_, bundle) {
        if (!loaded) return;
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const built = classicScripts(String(index.source));
        const { data, model } = loaded;
        const pages: PageKind[] = [{ kind: 'main' }, { kind: 'embed' }];
        const large = model.events.length > LARGE_DATA;
        // A page per event carries all the data: only for small data sets.
        const eventPages = model.events.length <= MAX_EVENT_PAGES;
        if (eventPages) for (const item of model.events) pages.push({ kind: 'event', item });
        let dataScript: string | undefined;
        if (large) {
          const files = largeDataFiles(data, model);
          dataScript = files.index.fileName;
          for (const f of [files.index, ...files.chunks]) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.code });
        }
        for (const page of pages) {
          const html = fillPage(built, data, page, { siteUrl, eventPages, csp: true, dataScript });
          const fileName = page.kind === 'main' ? 'index.html' : page.kind === 'embed' ? 'embed.html' : `${pagePath(page)}index.html`;
          if (page.kind === 'main') index.source = html;
          else this.emitFile({ type: 'asset', fileName, source: page.kind === 'event' ? relocate(html, '../../') : html });
        }
        for (const f of readerPageFiles(String(index.source), data, model, eventPages)) this.emitFile({ type: 'asset', ...f });
        if (lazy) this.emitFile({ type: 'asset', fileName: lazy.fileName, source: lazy.code });
        if (parentScript) this.emitFile({ type: 'asset', fileName: 'embed.js', source: parentScript.code });
        this.emitFile({ type: 'asset', fileName: 'events.json', source: loaded.text });
        if (siteUrl) this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: renderSitemap(siteUrl, eventPages ? model.events : []) });
        else config.logger.info('SITE_URL is not set: no sitemap.xml, canonical or og:url (they need absolute URLs).');
        this.emitFile({ type: 'asset', fileName: 'robots.txt', source: `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${siteUrl}sitemap.xml\n` : ''}` });
      },
    },
  };
}
