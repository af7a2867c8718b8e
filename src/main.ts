import './styles/theme.css';
import './styles/page.css';
import './components/timeline-chart';
import type { TimelineChart } from './components/timeline-chart';
import { buildModel, type TimelineModel } from './data/timeline-model';
import type { TimelineData } from './data/types';
import { syncList } from './list/list-sync';
import { readContext, type PageContext } from './app/page-context';
import { syncUrl } from './app/url-sync';
import { showNotice } from './app/page-notices';
import { copyLink, showToCopy } from './app/copy-text';
import { startEmbedChild } from './embed/embed-child';
import { parseLink } from './url/view-request';
import { resolveView } from './url/resolve-view';
import { articleLink, eventLink } from './url/links';
import { embedSnippet } from './url/embed-snippet';

// The composition root: the only module that reads the page, its URL and its frame. The data
// was validated at build time and sits in the HTML, so it is ready without a request.
const data = JSON.parse(document.getElementById('timeline-data')?.textContent ?? '{"events":[]}') as TimelineData;
const ctx = readContext(document, window);
const root = document.documentElement;
root.classList.add('js');
if (ctx.embed) root.classList.add('embed');

const chart = document.querySelector('timeline-chart');
if (chart) start(chart, buildModel(data), ctx);

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
  chart.embedded = ctx.embed;
  const scroller = document.querySelector<HTMLElement>('.list-scroll');
  if (scroller) syncList(scroller, chart);
  openLink(chart, model, ctx);
  syncUrl(chart, () => openLink(chart, model, ctx), { write: !ctx.embed });
  startEmbedChild(ctx, chart);

  chart.addEventListener('timeline-copy-link', (e) => void copyLink(linkTo((e as CustomEvent<{ id: string }>).detail.id, ctx)));
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.('button.copy-link') as HTMLButtonElement | null;
    if (button?.dataset.id) void copyLink(linkTo(button.dataset.id, ctx));
  });
  const embedButton = document.getElementById('embed-button');
  if (embedButton && !ctx.embed) {
    embedButton.hidden = false;
    embedButton.addEventListener('click', () => void showToCopy('Embed this timeline', embedSnippet(ctx.rootUrl, document.title)));
  }
}
