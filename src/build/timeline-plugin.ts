import { existsSync, rmSync } from 'node:fs';
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
import { fillPageText } from '../render/page-text';
import { writeSheet } from '../data/csv/write-sheet';
import { watchData } from './live-data';
import { planCards } from './share-card/card-plan';
import { loadTranslations, translationPath, TRANSLATED_EDITIONS } from './load-translations';
import { editionData, eventEdition, inEdition, type EditionData } from './edition-data';
import type { Translation } from '../data/translation-types';
import { EDITION_DIRECTIONS, editionPrefix } from '../render/edition-pages';
import { languageSwitchFor } from '../render/language-switch';
import { renderAlternates } from '../render/page-meta';
import type { Edition } from '../time/locale-dates';
import { catalogueFor } from '../i18n/catalogue-files';
import type { Templates } from '../i18n/catalogue';
import { persianDate, persianMonthStarts } from '../time/persian-calendar';
import { msg } from '../i18n/msg';

type PluginContext = Rollup.PluginContext;

/** The Content Security Policy every built page carries (hosts can send the same as a header; see README). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'";

/**
 * Fills the placeholders of the body (list and data). Large data sets, and every event page
 * whatever the size (`shared`), get a month-by-month list and no inline data: their data comes
 * in scripts all pages share (see large-data.ts), so the output grows with the data, not with its
 * square. Every page also carries the dates its first view shows, already formatted. `ed`: the
 * edition the page is in: the list's dates and texts left in English, and its scripts.
 */
export function fillBody(template: string, model: TimelineModel<TimelineEvent>, data: TimelineData, shared = model.events.length > LARGE_DATA, ed?: EditionData): string {
  const facets = facetLists(model, eventFacets(model.events.map((e) => e.event)));
  const fill: Record<string, string> = {
    filters: renderFilterBar(facets, model.events.length).value,
    list: shared ? renderMonthList(model.events).value : renderEventList(model.events, (id) => `./?event=${encodeURIComponent(id)}`, ed && ((e) => eventEdition(ed, e))).value,
    data:
      (ed ? editionScripts(ed) : '') +
      (shared ? '' : `<script type="application/json" id="timeline-data">${jsonForScript(data)}</script>`) +
      `<script type="application/json" id="timeline-dates">${jsonForScript(firstViewDates(model))}</script>`,
  };
  return template.replace(/<!--timeline:(filters|list|data)-->/g, (_, key: string) => fill[key]);
}

/**
 * What an edition's page carries beyond the English one, before its app script: its message
 * catalogue (page-catalogue.ts installs it) and, for the event cards, which texts are left in
 * English and the edition's date labels (see src/i18n/page-edition.ts). Nothing for English.
 */
export function editionScripts(ed: EditionData): string {
  if (ed.edition === 'en') return '';
  const catalogue = ed.messages ?? catalogueFor(ed.edition);
  return (
    (catalogue ? `<script type="application/json" id="timeline-messages">${jsonForScript(catalogue)}</script>` : '') +
    `<script type="application/json" id="timeline-edition">${jsonForScript({ edition: ed.edition, english: ed.english, dateLabels: ed.dateLabels })}</script>` +
    (ed.edition === 'fa' ? `<script type="application/json" id="timeline-calendar">${jsonForScript(solarYearsAround(ed.model.extent))}</script>` : '')
  );
}

/**
 * The messages of a catalogue whose ids the built scripts name (as a string in any quotes, as a
 * minifier writes it): what a page must carry for its scripts. The build-written texts (the method
 * page, the list's words, the share cards) are already in the HTML.
 */
export function usedMessages(catalogue: Templates | undefined, scripts: readonly string[]): Templates | undefined {
  if (!catalogue) return undefined;
  const named = (id: string) => scripts.some((code) => code.includes(`"${id}"`) || code.includes(`'${id}'`) || code.includes(`\`${id}\``));
  return Object.fromEntries(Object.entries(catalogue).filter(([id]) => named(id)));
}

/**
 * The Solar Hijri years around a data set's span (two more on each side, for panning), each with
 * its 13 month starts, for a Persian page: its axis then needs no Intl before the first draw.
 */
export function solarYearsAround([lo, hi]: readonly [number, number]): [number, number[]][] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const from = persianDate(lo).year - 2;
  const to = persianDate(hi).year + 2;
  const out: [number, number[]][] = [];
  for (let y = from; y <= to; y++) out.push([y, [...persianMonthStarts(y)]]);
  return out;
}

/** Which edition a page is written for, and which editions the site has. */
export interface PageEdition {
  edition: Edition;
  editions: readonly Edition[];
}

/**
 * Fills the page-specific placeholders: title, description, head meta and the focused event,
 * and, for a page of several editions (`edition`), its `lang` and `dir`, hreflang alternates,
 * language switch and, in a translated edition, the note that says so under the dek.
 */
export function fillPage(
  html: string,
  data: TimelineData,
  page: PageKind,
  opts: { siteUrl?: string; eventPages?: boolean; csp?: boolean; dataScript?: string; cards?: boolean; edition?: PageEdition; local?: EditionData } = {},
): string {
  const { edition = 'en', editions = ['en'] } = opts.edition ?? {};
  const fill: Record<string, string> = {
    // Large data sets: the index script, just before the app's script, which needs it when it runs.
    'index-data': opts.dataScript ? `<script src="./${opts.dataScript}"></script>` : '',
    // A build has already moved the app's script there (classicScripts); the dev server keeps its module script in the head.
    app: '',
    // Only built pages: the dev server injects inline scripts for hot reload.
    csp: opts.csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}" />` : '',
    title: escapeHtml(pageTitle(data, page)),
    // An event page's headline is its title: in English, and marked so, where the edition lacks it.
    heading: page.kind === 'event' && opts.local && eventEdition(opts.local, page.item.event)?.english.includes('title') ? `<span lang="en" dir="ltr">${escapeHtml(pageHeading(data, page))}</span>` : escapeHtml(pageHeading(data, page)),
    description: escapeHtml(pageDescription(data, page)),
    dek: escapeHtml(pageDek(data, page)),
    meta: renderMeta(data, page, opts.siteUrl, opts.eventPages ?? false, opts.cards ?? false, edition, opts.local?.dateLabels).value,
    focus: String(renderFocus(page, opts.local && page.kind === 'event' ? eventEdition(opts.local, page.item.event) : undefined)),
    alternates: String(renderAlternates(pagePath(page), editions, opts.siteUrl)),
    // Not in an embed: an article shows the edition it chose (the reader's own way out is "Open the full timeline").
    'language-switch': page.kind === 'embed' ? '' : String(languageSwitchFor(pagePath(page), edition, editions)),
    // Every translated text is a translation of the English edition, and readers are told so.
    translated:
      edition === 'en'
        ? ''
        : `<p class="translated-note">${escapeHtml(msg('Translated from the English edition; quotations, sources and names keep their original wording.', { id: 'edition.translated-note' }))}</p>`,
  };
  const filled = fillPageText(html).replace(/<!--timeline:(csp|index-data|app|title|heading|description|dek|meta|focus|alternates|language-switch|translated)-->/g, (_, key: string) => fill[key]);
  // The embed page is compact from the first paint, before any script runs.
  const attrs = `lang="${edition}"${edition === 'en' ? '' : ` dir="${EDITION_DIRECTIONS[edition]}"`}${page.kind === 'embed' ? ' class="embed"' : ''}`;
  return filled.replace('<html lang="en">', `<html ${attrs}>`);
}

/**
 * The Vite plugin that turns the data file into the site: validates it (failing the build
 * with every error and no deployable `dist/`), renders the list and the data into the HTML,
 * writes a page per event, the embed page and the sitemap, and publishes the data file.
 * Scripts are classic (not modules) so the site also runs in sandboxed frames.
 */
export function timelinePlugin(): Plugin {
  let config: ResolvedConfig;
  let loaded: { text: string; data: TimelineData; model: TimelineModel<TimelineEvent>; translations: Map<Edition, Translation> } | undefined;
  let lazy: (ClassicScript & { fileName: string })[] = [];
  let parentScript: ClassicScript | undefined;
  const site = siteUrlFrom(process.env);
  const siteUrl = site.url;
  const load = (root: string) => {
    const file = dataPath(root);
    const { text, data } = loadData(file, root);
    // The editions' translations, checked against the data: a broken one fails the build alike.
    return { text, data, model: buildModel(data), translations: loadTranslations(file, root, data) };
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
      // The two lazily loaded parts (see load-lazy.ts), each named by its content.
      // The first downloads the second once the page is idle (without running it), so it knows its name.
      const second = await buildClassicScript(root, 'src/interaction.ts', 'TimelineInteraction');
      const secondName = `assets/interaction-${second.hash}.js`;
      const first = await buildClassicScript(root, 'src/lazy.ts', 'Timeline', { __INTERACTION_SCRIPT__: JSON.stringify(secondName.replace(/^assets\//, '')) });
      lazy = [
        { ...first, fileName: `assets/lazy-${first.hash}.js` },
        { ...second, fileName: secondName },
      ];
      // embed.js keeps a fixed name: editors paste it into their pages.
      parentScript = await buildClassicScript(root, 'src/embed/embed-parent.ts');
      return {
        define: {
          __LAZY_SCRIPT__: JSON.stringify(lazy[0].fileName.replace(/^assets\//, '')),
          __INTERACTION_SCRIPT__: JSON.stringify(lazy[1].fileName.replace(/^assets\//, '')),
        },
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
      if (config.command !== 'build') return;
      const file = dataPath(config.root);
      this.addWatchFile(file);
      for (const e of TRANSLATED_EDITIONS) {
        const t = translationPath(file, e);
        if (t && existsSync(t)) this.addWatchFile(t);
      }
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
        const { data, model, translations } = loaded;
        const large = model.events.length > LARGE_DATA;
        const eventPages = model.events.length <= MAX_EVENT_PAGES;
        // Share cards need absolute URLs: only with SITE_URL, and only for pages that exist.
        const cards = siteUrl !== undefined;
        // A page carries only the messages its scripts use (the build writes the rest into the HTML itself).
        const scripts = [...Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c.code] : [])), ...lazy.map((l) => l.code)];
        const editions = [editionData('en', data, model), ...[...translations].map(([e, t]) => ({ ...editionData(e, data, model, t), messages: usedMessages(catalogueFor(e), scripts) }))];
        const available = editions.map((e) => e.edition);
        const emitted = new Set<string>();
        for (const ed of editions) {
          // Each edition's cards, in its language, calendar and direction.
          if (cards) await inEdition(ed.edition, () => emitCards(this, config, ed.data, ed.model, eventPages, ed.edition, ed.dateLabels));
          for (const f of editionFiles(ed, built, { siteUrl, large, eventPages, cards, editions: available })) {
            if (f.fileName === 'index.html') index.source = f.source;
            else if (!emitted.has(f.fileName)) this.emitFile({ type: 'asset', ...f });
            emitted.add(f.fileName);
          }
          // The embed script beside each edition's embed page, where its embed builder points (a copy: it is small).
          if (parentScript && ed.edition !== 'en') this.emitFile({ type: 'asset', fileName: `${editionPrefix(ed.edition)}embed.js`, source: parentScript.code });
        }
        for (const l of lazy) this.emitFile({ type: 'asset', fileName: l.fileName, source: l.code });
        if (parentScript) this.emitFile({ type: 'asset', fileName: 'embed.js', source: parentScript.code });
        this.emitFile({ type: 'asset', fileName: 'events.json', source: loaded.text });
        // The same data for spreadsheets, in the template's columns (README, "From a spreadsheet").
        this.emitFile({ type: 'asset', fileName: 'events.csv', source: writeSheet(data) });
        if (siteUrl) this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: renderSitemap(siteUrl, eventPages ? model.events : [], available) });
        else config.logger.info('SITE_URL is not set: no sitemap.xml, canonical or og:url (they need absolute URLs).');
        this.emitFile({ type: 'asset', fileName: 'robots.txt', source: `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${siteUrl}sitemap.xml\n` : ''}` });
      },
    },
  };
}

/**
 * Every page of one edition, with its data scripts, as files for the bundle: the main page
 * (`index.html`; the caller puts English's in place of Vite's), the embed page, a page per event
 * and the redirect beside it, the corrections and method pages, all under the edition's prefix
 * (`fa/…`) and reaching the shared assets one level up. `template` is Vite's index.html with
 * classic scripts. Messages and dates are in the edition's language while they are written.
 */
export function editionFiles(
  ed: EditionData,
  template: string,
  opts: { siteUrl?: string; large: boolean; eventPages: boolean; cards: boolean; editions: readonly Edition[] },
): { fileName: string; source: string }[] {
  return inEdition(ed.edition, () => writeEdition(ed, template, opts));
}

function writeEdition(ed: EditionData, template: string, opts: Parameters<typeof editionFiles>[2]): { fileName: string; source: string }[] {
  const { data, model } = ed;
  const { siteUrl, large, eventPages, cards } = opts;
  const prefix = editionPrefix(ed.edition);
  // Pages in an edition's folder reach what all editions share one level further up.
  const up = (html: string, depth: string) => relocate(html, depth, prefix ? `../${depth === './' ? '' : depth}` : depth);
  const out: { fileName: string; source: string }[] = [];
  const pages: PageKind[] = [{ kind: 'main' }, { kind: 'embed' }];
  if (eventPages) for (const item of model.events) pages.push({ kind: 'event', item });
  // The index and month scripts: for large data sets, and shared by all event pages.
  const files = large || eventPages ? largeDataFiles(data, model) : undefined;
  if (files) for (const f of [files.index, ...files.heads, files.search, ...files.chunks]) out.push({ fileName: f.fileName, source: f.code });
  const inline = large ? '' : fillReaderLinks(fillBody(template, model, data, false, ed), data, model);
  const sharing = files ? fillReaderLinks(fillBody(template, model, data, true, ed), data, model) : '';
  const edition = { edition: ed.edition, editions: opts.editions };
  let mainPage = '';
  for (const page of pages) {
    const shared = large || page.kind === 'event';
    const body = shared ? sharing : inline;
    const html = fillPage(body, data, page, { siteUrl, eventPages, csp: true, cards, dataScript: shared ? files?.index.fileName : undefined, edition, local: ed });
    if (page.kind === 'main') {
      mainPage = html;
      out.push({ fileName: `${prefix}index.html`, source: up(html, './') });
    } else if (page.kind === 'embed') out.push({ fileName: `${prefix}embed.html`, source: up(html, './') });
    else {
      out.push({ fileName: `${prefix}${pagePath(page)}index.html`, source: up(html, '../../') });
      // `/events/<id>` without the slash: a page that sends the reader on to `events/<id>/`.
      out.push({ fileName: `${prefix}${pagePath(page).slice(0, -1)}.html`, source: renderRedirect(page.item.event.id, pageTitle(data, page), CSP, ed.edition).value });
    }
  }
  out.push(...readerPageFiles(mainPage, data, model, eventPages, { ...edition, siteUrl }));
  return out;
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
