import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { buildModel, type TimelineModel } from '../data/timeline-model';
import type { TimelineData, TimelineEvent } from '../data/types';
import { renderMonthList } from '../render/month-list';
import { firstViewDates } from './first-view-dates';
import { LARGE_DATA, largeDataFiles, MAX_EVENT_PAGES } from './large-data';
import { renderEventList } from '../render/event-list';
import { renderFilterBar } from '../render/filter-bar';
import { eventFacets } from '../view/event-facets';
import { facetLists } from '../view/facets';
import { escapeHtml, jsonForScript } from '../render/html';
import { pagePath, pageDescription, pageTitle, renderFocus, renderMeta, renderSitemap, type PageKind, pageDek, pageHeading } from '../render/page-meta';
import { dataPath, DataFileError, loadData } from './load-data';
import { buildClassicScript, type ClassicScript } from './classic-script';
import { classicScripts, relocate } from './html-rewrite';
import { fillReaderLinks, readerPageFiles } from './reader-pages';
import { staleOutputs } from './stale-output';
import { siteUrlFrom } from './site-url';
import { renderRedirect } from '../render/redirect-page';
import { writeSheet } from '../data/csv/write-sheet';
import { watchData } from './live-data';
import { planCards } from './share-card/card-plan';
import type { Edition } from '../time/locale-dates';

type PluginContext = Rollup.PluginContext;

/** The Content Security Policy every built page carries (hosts can send the same as a header; see README). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'";

/**
 * Fills the placeholders of the body (list and data). Large data sets, and every event page
 * whatever the size (`shared`), get a month-by-month list and no inline data: their data comes
 * in scripts all pages share (see large-data.ts), so the output grows with the data, not with its
 * square. Every page also carries the dates its first view shows, already formatted.
 */
export function fillBody(template: string, model: TimelineModel<TimelineEvent>, data: TimelineData, shared = model.events.length > LARGE_DATA): string {
  const facets = facetLists(model, eventFacets(model.events.map((e) => e.event)));
  const fill: Record<string, string> = {
    filters: renderFilterBar(facets).value,
    list: shared ? renderMonthList(model.events).value : renderEventList(model.events, (id) => `./?event=${encodeURIComponent(id)}`).value,
    data:
      (shared ? '' : `<script type="application/json" id="timeline-data">${jsonForScript(data)}</script>`) +
      `<script type="application/json" id="timeline-dates">${jsonForScript(firstViewDates(model))}</script>`,
  };
  return template.replace(/<!--timeline:(filters|list|data)-->/g, (_, key: string) => fill[key]);
}

/** Fills the page-specific placeholders: title, description, head meta and the focused event. */
export function fillPage(
  html: string,
  data: TimelineData,
  page: PageKind,
  opts: { siteUrl?: string; eventPages?: boolean; csp?: boolean; dataScript?: string; cards?: boolean } = {},
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
    meta: renderMeta(data, page, opts.siteUrl, opts.eventPages ?? false, opts.cards ?? false).value,
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
  const site = siteUrlFrom(process.env);
  const siteUrl = site.url;
  const load = (root: string) => {
    const { text, data } = loadData(dataPath(root), root);
    return { text, data, model: buildModel(data) };
  };

  return {
    name: 'timeline-data',
    async config(user, env) {
      // One sentence, no stack trace, and nothing touched on disk.
      if (site.error) throw plainError(site.error);
      if (env.command !== 'build') return;
      const root = resolve(user.root ?? process.cwd());
      try {
        // Check the data before anything else, so bad data fails fast.
        loaded = load(root);
      } catch (e) {
        // Leave nothing deployable behind: a stale dist/ must not look like a good build. Only the
        // build's own files, and only where Vite itself would empty the folder.
        for (const path of staleOutputs(root, user.build?.outDir ?? 'dist', user.build?.emptyOutDir ?? undefined)) rmSync(path, { recursive: true, force: true });
        if (!(e instanceof DataFileError)) throw e;
        // Print the list once, plainly; the thrown error only ends the build.
        process.stderr.write(`\n${e.message}\n\n`);
        throw plainError(`The timeline data is invalid (${e.errors.length} error${e.errors.length === 1 ? '' : 's'} above); nothing was built.`);
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
    configureServer(server) {
      watchData(server, dataPath(config.root), () => load(config.root));
    },
    buildStart() {
      if (config.command === 'build') this.addWatchFile(dataPath(config.root));
    },
    transformIndexHtml: {
      // After Vite's %ENV% substitution, so the data reaches the page byte for byte. A build fills
      // its pages later still, in generateBundle.
      order: 'post',
      handler(html) {
        if (config.command === 'build') return html;
        // The dev server reads the file afresh on every request so edits show on reload.
        const { data, model } = load(config.root);
        return fillPage(fillReaderLinks(fillBody(html, model, data), data, model), data, { kind: 'main' }, { siteUrl });
      },
    },
    generateBundle: {
      // After Vite's own HTML plugin has written index.html into the bundle.
      order: 'post',
      async handler(_, bundle) {
        if (!loaded) return;
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const built = classicScripts(String(index.source));
        const { data, model } = loaded;
        const pages: PageKind[] = [{ kind: 'main' }, { kind: 'embed' }];
        const large = model.events.length > LARGE_DATA;
        const eventPages = model.events.length <= MAX_EVENT_PAGES;
        if (eventPages) for (const item of model.events) pages.push({ kind: 'event', item });
        // The index and month scripts: for large data sets, and shared by all event pages.
        const files = large || eventPages ? largeDataFiles(data, model) : undefined;
        if (files) for (const f of [files.index, files.search, ...files.chunks]) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.code });
        // Share cards need absolute URLs: only with SITE_URL, and only for pages that exist.
        const cards = siteUrl !== undefined;
        if (cards) await emitCards(this, config, data, model, eventPages);
        const inline = large ? '' : fillReaderLinks(fillBody(built, model, data, false), data, model);
        const sharing = files ? fillReaderLinks(fillBody(built, model, data, true), data, model) : '';
        for (const page of pages) {
          const shared = large || page.kind === 'event';
          const body = shared ? sharing : inline;
          const html = fillPage(body, data, page, { siteUrl, eventPages, csp: true, cards, dataScript: shared ? files?.index.fileName : undefined });
          if (page.kind === 'main') index.source = html;
          else if (page.kind === 'embed') this.emitFile({ type: 'asset', fileName: 'embed.html', source: html });
          else {
            this.emitFile({ type: 'asset', fileName: `${pagePath(page)}index.html`, source: relocate(html, '../../') });
            // `/events/<id>` without the slash: a page that sends the reader on to `events/<id>/`.
            this.emitFile({ type: 'asset', fileName: `${pagePath(page).slice(0, -1)}.html`, source: renderRedirect(page.item.event.id, pageTitle(data, page), CSP).value });
          }
        }
        for (const f of readerPageFiles(String(index.source), data, model, eventPages)) this.emitFile({ type: 'asset', ...f });
        if (lazy) this.emitFile({ type: 'asset', fileName: lazy.fileName, source: lazy.code });
        if (parentScript) this.emitFile({ type: 'asset', fileName: 'embed.js', source: parentScript.code });
        this.emitFile({ type: 'asset', fileName: 'events.json', source: loaded.text });
        // The same data for spreadsheets, in the template's columns (README, "From a spreadsheet").
        this.emitFile({ type: 'asset', fileName: 'events.csv', source: writeSheet(data) });
        if (siteUrl) this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: renderSitemap(siteUrl, eventPages ? model.events : []) });
        else config.logger.info('SITE_URL is not set: no sitemap.xml, canonical or og:url (they need absolute URLs).');
        this.emitFile({ type: 'asset', fileName: 'robots.txt', source: `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${siteUrl}sitemap.xml\n` : ''}` });
      },
    },
  };
}

/**
 * Renders an edition's share cards (see src/build/share-card/) and emits them as assets. The
 * renderer (satori, resvg, the fonts) is loaded only here, so builds without SITE_URL never load
 * it. Another edition passes its localized data and model, its date labels by event id, and has
 * switched the catalogue to its language (`useCatalogue`) first.
 */
async function emitCards(ctx: PluginContext, config: ResolvedConfig, data: TimelineData, model: TimelineModel<TimelineEvent>, eventPages: boolean, edition: Edition = 'en', dateLabels: Readonly<Record<string, string>> = {}): Promise<void> {
  const t = performance.now();
  const { cardRenderer } = await import('./share-card/render-card');
  const render = cardRenderer(config.root);
  const cards = planCards(data, model, eventPages, edition, dateLabels);
  for (const card of cards) ctx.emitFile({ type: 'asset', fileName: card.fileName, source: await render(card.tree) });
  const ms = performance.now() - t;
  config.logger.info(`Share cards${edition === 'en' ? '' : ` (${edition})`}: ${cards.length} in ${Math.round(ms)} ms (${(ms / cards.length).toFixed(0)} ms a card).`);
}

/** An error that ends the build with its message alone: no stack trace to bury the sentence. */
function plainError(message: string): Error {
  const e = new Error(message);
  e.stack = message;
  return e;
}
