import './styles/theme.css';
import './styles/page.css';
import './components/timeline-chart';
import type { TimelineChart } from './components/timeline-chart';
import { buildModel, type TimelineModel } from './data/timeline-model';
import type { TimelineData } from './data/types';
import { modelFromIndex } from './data/large-index';
import { chunkedDetails, inlineDetails } from './data/details-store';
import { loadLazy } from './components/load-lazy';
import { prepareFormatting, rememberFormatted, type FormattedDates } from './time/date-label';
import { syncList } from './list/list-sync';
import { readContext, type PageContext } from './app/page-context';
import { syncUrl } from './app/url-sync';
import { showNotice } from './app/page-notices';
import { parseLink } from './url/view-request';
import { resolveView } from './url/resolve-view';
import { articleLink, eventLink } from './url/links';
import { installScriptPolicy } from './app/trusted-scripts';
import { LAZY_FAILED } from './app/lazy-notice';

// The composition root: the only module that reads the page, its URL and its frame. The data
// was validated at build time and sits in the HTML just before this script (or, for large data
// sets, in a compact index script loaded just before it), so it is ready without a request.
installScriptPolicy(window);
const ctx = readContext(document, window);
const index = window.TIMELINE_INDEX;
const data = index ? null : (readJson<TimelineData>('timeline-data') ?? { title: '', description: '', events: [] });
// Dates the first view shows, formatted by the build: the chart is drawn without setting up Intl.
rememberFormatted(readJson<FormattedDates>('timeline-dates') ?? []);
const details = index ? chunkedDetails(index, new URL('assets/', ctx.rootUrl).href) : inlineDetails(data!.events);
const root = document.documentElement;
root.classList.add('js');
if (ctx.embed) root.classList.add('embed');

const chart = document.querySelector('timeline-chart');
if (chart) start(chart, index ? modelFromIndex(index) : buildModel(data!), ctx);

function readJson<T>(id: string): T | null {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : null;
}

function fragmentOf(url: string | null): string {
  try {
    return url ? new URL(url).hash : '';
  } catch {
    return '';
  }
}

/** Opens the view a link asks for: from the query, else this page's or the article's `#timeline=`. */
function openLink(chart: TimelineChart, model: TimelineModel, ctx: PageContext): void {
  const parsed = parseLink(location.search, location.hash, fragmentOf(ctx.parentUrl));
  if (ctx.eventPageId && !Object.keys(parsed.request).length) parsed.request.event = ctx.eventPageId;
  const view = resolveView(parsed.request, model);
  chart.markDay = view.markDay ?? null;
  if (view.window) chart.showWindow(view.window);
  if (view.select) chart.select(view.select, { pin: true, center: !view.window });
  const notice = parsed.notice ?? view.notice;
  if (notice) showNotice(notice);
}

function linkTo(id: string, ctx: PageContext): string {
  const standalone = eventLink(id, ctx.rootUrl, ctx.hasEventPages);
  return ctx.embed ? (articleLink(ctx.parentUrl, id) ?? standalone) : standalone;
}

function start(chart: TimelineChart, model: TimelineModel, ctx: PageContext): void {
  chart.model = model;
  chart.details = details;
  chart.embedded = ctx.embed;
  openLink(chart, model, ctx);
  // The built page runs this script just after the chart, before the list below it is parsed:
  // the rest waits for the whole page, and at least for the next task, so the first view is not held up.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => wire(chart, model, ctx), { once: true });
  else setTimeout(() => wire(chart, model, ctx), 0);
}

/** Everything that can wait until the chart is on screen: the list, the address, the buttons. */
function wire(chart: TimelineChart, model: TimelineModel, ctx: PageContext): void {
  const scroller = document.querySelector<HTMLElement>('.list-scroll');
  const sync = scroller ? syncList(scroller, chart) : undefined;
  if (sync && chart.selectedId) sync.reveal(chart.selectedId);
  const months = scroller?.querySelector<HTMLElement>('.month-list');
  if (months && sync)
    void loadLazy().then((lazy) => lazy.mountMonthView(months, model, details, (id) => `./?event=${encodeURIComponent(id)}`, sync.reveal));
  syncUrl(chart, () => openLink(chart, model, ctx), { write: !ctx.embed });
  // Once the page is idle, fetch the interactive parts too, so it keeps working offline, and set
  // up date formatting (the first view's dates came formatted from the build).
  const whenIdle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  // If the interactive parts cannot load (offline, blocked), say so once instead of failing silently.
  whenIdle(() => void loadLazy().catch(() => showNotice(LAZY_FAILED)));
  whenIdle(prepareFormatting);
  // In a frame the height reporting starts at once; the rest of the lazy parts wait for a click.
  if (ctx.framed) void loadLazy().then((lazy) => lazy.startEmbedChild(ctx, chart));

  const copy = (id: string) => void loadLazy().then((lazy) => lazy.copyLink(linkTo(id, ctx)));
  chart.addEventListener('timeline-copy-link', (e) => copy((e as CustomEvent<{ id: string }>).detail.id));
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.('button.copy-link') as HTMLButtonElement | null;
    if (button?.dataset.id) copy(button.dataset.id);
  });
  const embedButton = document.getElementById('embed-button');
  if (embedButton && !ctx.embed) {
    embedButton.hidden = false;
    embedButton.addEventListener('click', () => void loadLazy().then((lazy) => lazy.showToCopy('Embed this timeline', lazy.embedSnippet(ctx.rootUrl, document.title))));
  }
}
