// First: the page's catalogue is installed before any module that renders is evaluated.
import { pageEdition } from './i18n/page-catalogue';
import './styles/theme.css';
import './styles/page.css';
import './components/timeline-chart';
import { MIN_WINDOW, type SelectDetail, type TimelineChart } from './components/timeline-chart';
import type { TimeWindow } from './chart/view-window';
import { buildModel, type TimelineModel } from './data/timeline-model';
import type { TimelineData } from './data/types';
import { readIndex } from './data/large-index';
import { loadHeads } from './data/head-scripts';
import { lazyAfter, loadInteraction, loadLazy, whenInteraction, whenLazy, type Lazy } from './components/load-lazy';
import { prepareFormatting, rememberFormatted, useDateEdition, type FormattedDates } from './time/date-label';
import { rememberPersianYears } from './time/persian-calendar';
import { readContext, type PageContext } from './app/page-context';
import { showNotice } from './app/page-notices';
import { linkCalendar, parseLinkIn } from './url/view-request';
import { resolveView } from './url/resolve-view';
import { installScriptPolicy } from './app/trusted-scripts';
import { lazyFailed } from './app/lazy-notice';
import { msg } from './i18n/msg';
import { narrows, type FindState } from './app/find-state';
import { nextTask, whenIdle } from './app/next-task';
import type { Selection } from './view/select-events';
import { KINDS, type Kind } from './data/types';

// The composition root: the only module that reads the page, its URL and its frame. The data
// was validated at build time and sits in the HTML just before this script (or, for large data
// sets, in a compact index script loaded just before it), so it is ready without a request.
installScriptPolicy(window);
const ctx = readContext(document, window);
const index = window.TIMELINE_INDEX;
const data = index ? null : (readJson<TimelineData>('timeline-data') ?? { title: '', description: '', events: [] });
// Dates in the page's edition's language and calendar (English: as always).
const edition = pageEdition(document);
useDateEdition(edition);
// The Persian axis's months around the data, worked out by the build: no Intl before the first draw.
if (edition === 'fa') rememberPersianYears(readJson<[number, number[]][]>('timeline-calendar') ?? []);
// Dates the first view shows, formatted by the build: the chart is drawn without setting up Intl.
rememberFormatted(readJson<FormattedDates>('timeline-dates') ?? []);
const root = document.documentElement;
root.classList.add('js');
if (ctx.embed) root.classList.add('embed');
if (!ctx.showTitle) root.classList.add('no-title');
root.dataset.theme = ctx.theme;

const chart = document.querySelector('timeline-chart');
/** What the reader narrowed the timeline to: filter, search, lanes (the chart is handed the model of what it shows). */
let find: FindState = {};
/** Called when the find state changes (the lazy parts wire the address, the form and the search to it). */
let onFind: (state: FindState, selection: Selection | null) => void = () => {};
let lastSelection: Selection | null = null;
const read = index ? readIndex(index) : null;
// A large data set's index has the heads (ids, dates, titles) of the events its first view can
// show; the others' come in scripts run just after the first draw (their ranks stand in for them).
let headsIn = !index?.heads.length;
let heads: Promise<void> | undefined;
if (chart) start(chart, read ? read.model : buildModel(data!), ctx);

/** Runs the heads scripts (once); then what was selected meanwhile gets its real id, and the labels their titles. */
function allHeads(chart: TimelineChart, model: TimelineModel): Promise<void> {
  const done = () => {
    headsIn = true;
    const id = chart.selectedId;
    if (id?.startsWith('@')) chart.select(model.events[+id.slice(1)].event.id, { pin: chart.pinned, cause: chart.lastCause });
    chart.draw();
  };
  return (heads ??= headsIn ? Promise.resolve() : loadHeads(index!, read!.heads, ctx.assetsUrl).then(done, (e: unknown) => {
    done();
    throw e;
  }));
}

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
  const parsed = parseLinkIn(linkCalendar(edition), location.search, location.hash, fragmentOf(ctx.parentUrl));
  const { request } = parsed;
  // An event's own page already shows its record above the chart: select it there, without opening its card again.
  const ownPage = Boolean(ctx.eventPageId && request.event === undefined && request.day === undefined && !request.window);
  if (ownPage) request.event = ctx.eventPageId!;
  // A link to an event, a day, a window or a find waits for every event's head, the plot blank meanwhile (page.css).
  if (!headsIn && (request.event || request.day !== undefined || request.window || narrows(request))) {
    root.classList.add('find-pending');
    const open = () => {
      root.classList.remove('find-pending');
      openLink(chart, model, ctx);
    };
    void allHeads(chart, model).then(open, () => (open(), showNotice(lazyFailed())));
    return;
  }
  const view = resolveView(request, model);
  const show = (notices: (string | undefined)[]) => {
    chart.markDay = view.markDay ?? null;
    if (view.window) chart.showWindow(view.window);
    if (view.select) chart.select(view.select, { pin: !ownPage, center: !view.window });
    const text = [parsed.notice ?? view.notice, ...notices].filter(Boolean).join(' ');
    if (text) showNotice(text);
  };
  // A link without a filter, search or lanes (nor one before it): nothing more to load.
  if (!narrows(request) && !narrows(find)) return show([]);
  // The link's filter (its names checked against the data), search and lanes come with the lazily
  // loaded part; until they are applied the plot stays blank (page.css), so it never flashes unfiltered.
  root.classList.add('find-pending');
  void loadLazy().then(
    (lazy) => {
      const checked = request.actors || request.outlets ? lazy.checkFilter(request, lazy.facetsOf(model, index)) : {};
      const forced = setFind(lazy, chart, model, { kinds: request.kinds, actors: checked.actors, outlets: checked.outlets, q: request.q, lanes: request.lanes }, view.select);
      // The filter bar shows what the link narrowed the timeline to: it is wired at once.
      loadInteraction().catch(() => showNotice(lazyFailed()));
      root.classList.remove('find-pending');
      show([checked.notice, forced ? msg('The filter in this link hides this event: it is shown anyway.', { id: 'notice.filter-hides-event' }) : undefined]);
    },
    () => {
      root.classList.remove('find-pending');
      show([lazyFailed()]);
    },
  );
}

/** Shows what a find state asks for, in every view; returns whether `keep` is shown only because it was asked for. */
function setFind(lazy: Lazy, chart: TimelineChart, model: TimelineModel, next: FindState, keep?: string | null): boolean {
  find = next;
  const views = { chart, overview: document.querySelector('timeline-overview'), list: document.querySelector<HTMLElement>('.list-scroll'), count: document.querySelector<HTMLElement>('.filters .count') };
  const applied = lazy.applyFind(model, lazy.facetsOf(model, index), next, views, keep ?? chart.selectedId);
  onFind(find, (lastSelection = applied.selection));
  return applied.forced !== null && applied.forced === keep;
}

/** A legend toggle: shows or hides one kind (the last kind shown stays shown). */
function toggleKind(chart: TimelineChart, model: TimelineModel, kind: Kind): void {
  const shown = new Set<Kind>(find.kinds?.length ? find.kinds : KINDS);
  if (shown.has(kind)) shown.delete(kind);
  else shown.add(kind);
  if (!shown.size) return;
  const kinds = KINDS.filter((k) => shown.has(k));
  void loadLazy().then((lazy) => setFind(lazy, chart, model, { ...find, kinds: kinds.length === KINDS.length ? undefined : kinds }));
}

/**
 * The overview strip under the chart (density and a brush for the window shown). Its element is
 * defined by the lazily loaded part; its room is kept from the first paint, so nothing moves.
 */
function mountOverview(chart: TimelineChart, model: TimelineModel): void {
  const overview = document.createElement('timeline-overview');
  chart.after(overview);
  Object.assign(overview, { model, minSpan: MIN_WINDOW, domain: chart.fullWindow(), window: chart.visibleWindow() });
  chart.addEventListener('timeline-window', (e) => {
    Object.assign(overview, { domain: chart.fullWindow(), window: (e as CustomEvent<{ window: TimeWindow }>).detail.window });
  });
  overview.addEventListener('overview-window', (e) => chart.showWindow((e as CustomEvent<{ window: TimeWindow }>).detail.window));
}

function start(chart: TimelineChart, model: TimelineModel, ctx: PageContext): void {
  chart.model = model;
  if (!headsIn) {
    // The heads scripts run once the first view is painted, or as soon as the lazy part (which never meets a stand-in id) is asked for.
    lazyAfter(() => allHeads(chart, model));
    chart.addEventListener('timeline-window', () => requestAnimationFrame(() => setTimeout(() => void allHeads(chart, model).catch(() => showNotice(lazyFailed())))), { once: true });
  }
  mountOverview(chart, model);
  chart.addEventListener('timeline-kind-toggle', (e) => toggleKind(chart, model, (e as CustomEvent<{ kind: Kind }>).detail.kind));
  // An event's details (summary, sources) are read by the cards and the large-data list, both in the lazy part.
  whenLazy((lazy) => (chart.details = index ? lazy.chunkedDetails(index, ctx.assetsUrl) : lazy.inlineDetails(data!.events)));
  chart.embedded = ctx.embed;
  openLink(chart, model, ctx);
  if (ctx.framed) {
    // In a frame the sizing starts at once (its script loads now, not on the first interaction),
    // and goes on while the frame is off screen; embed.js tells it the article's URL.
    let readerActed = false;
    chart.addEventListener('timeline-select', (e) => (readerActed ||= (e as CustomEvent<SelectDetail>).detail.cause !== 'program'));
    void loadLazy().then((lazy) =>
      lazy.startEmbedChild(ctx, chart, (url) => {
        if (url === ctx.parentUrl) return;
        ctx.parentUrl = url;
        if (!readerActed && fragmentOf(url)) openLink(chart, model, ctx);
      }),
    );
  }
  // The built page runs this script just after the chart, before the list below it is parsed:
  // the rest waits for the whole page, and at least for the next task, so the first view is not held up.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => wire(chart, model, ctx), { once: true });
  else setTimeout(() => wire(chart, model, ctx), 0);
}

/** Everything that can wait until the chart is on screen: the list, the address, the buttons. */
function wire(chart: TimelineChart, model: TimelineModel, ctx: PageContext): void {
  const scroller = document.querySelector<HTMLElement>('.list-scroll');
  // The chart sticks while the list is read (page.css).
  const panel = document.querySelector<HTMLElement>('.chart-panel');
  if (panel && scroller) {
    // On a phone only the plot and the overview stick (--chart-lead is what scrolls away above them: buttons, legend).
    // Every size is read before anything is written, and only a change is written: a read after
    // a write would force a restyle at once. (They are not inherited (page.css): the root and the
    // panel each carry what they use, so a write restyles those, not the whole page.)
    new ResizeObserver(() => {
      const box = panel.getBoundingClientRect();
      const lead = `${Math.max(0, Math.floor(chart.getBoundingClientRect().top - box.top + chart.plotTop()))}px`;
      const height = `${Math.ceil(box.height)}px`;
      if (root.style.getPropertyValue('--chart-lead') !== lead) for (const el of [root, panel]) el.style.setProperty('--chart-lead', lead);
      if (root.style.getPropertyValue('--chart-panel-h') !== height) root.style.setProperty('--chart-panel-h', height);
    }).observe(panel);
    // While a card is open the chart stops sticking, so the page scrolls the whole card into reach.
    // If it was stuck, the page is scrolled to where the chart really is: nothing moves on screen.
    chart.addEventListener('timeline-card', () => {
      const open = chart.cardRect() !== null;
      if (open === root.classList.contains('card-open')) return;
      const before = panel.getBoundingClientRect().top;
      root.classList.toggle('card-open', open);
      // (Only a real move: even a scroll by 0 would stop a card's smooth reveal under way.)
      const moved = panel.getBoundingClientRect().top - before;
      if (open && Math.abs(moved) >= 1) window.scrollBy(0, moved);
    });
  }
  // Idle, or at the latest after a second: a busy page still gets its list sync and address sync.
  const idle = (f: () => void) => whenIdle(f, 1000, 200);
  // A new fragment (or Back to another one) moves the timeline without a reload.
  for (const type of ['hashchange', 'popstate']) window.addEventListener(type, () => openLink(chart, model, ctx));
  // The reader's first interaction (a press, a key, a touch, focus) brings the interaction part:
  // the filter bar, the search, copying, the embed builder and the large-data list. So do the
  // features that need it, when first used; a failed load says so.
  const interact = () => loadInteraction().catch((e: unknown) => (showNotice(lazyFailed()), Promise.reject(e)));
  const first = () => void interact().catch(() => {});
  for (const type of ['pointerdown', 'keydown', 'touchstart', 'focusin', 'wheel']) document.addEventListener(type, first, { capture: true, passive: true, once: true });
  const form = document.querySelector<HTMLFormElement>('form.filters');
  const months = scroller?.querySelector<HTMLElement>('.month-list') ?? null;
  // The address and the filter bar follow the find state, each once it is wired; the list shows an event once it is synced.
  let address: { refresh(): void } | undefined;
  let bar: { update(state: FindState, selection: Selection | null): void } | null | undefined;
  let reveal = (_id: string) => {};
  onFind = (state, selection) => {
    bar?.update(state, selection);
    address?.refresh();
  };
  // An event's page lists the events of its month below its record (the month list): it is filled
  // once the page is idle, so it is there to read or print without a reader's first press.
  if (months && ctx.eventPageId) idle(first);
  // As soon as the lazy part is here (whatever brought it), what the interaction part drives keeps
  // the reader's presses until it is wired.
  whenLazy((lazy) => {
    const waiting = lazy.awaitInteraction({ form, scroller, months }, first);
    whenInteraction((more) => {
      bar = more.wireInteraction({ chart, model, ctx, form, scroller, months, index, events: data?.events, state: () => find, set: (next) => setFind(lazy, chart, model, next), reveal: (id) => reveal(id) });
      bar?.update(find, lastSelection);
      waiting.release();
    });
  });
  // Once the page is idle and the lazy part is here: the list and the chart keep in step, and the
  // address follows the selection (a link given at load was opened above, without either). Each
  // piece runs in its own task, so none holds the page up long while it loads.
  idle(
    () =>
      void loadLazy().then(async (lazy) => {
        await nextTask();
        address = lazy.syncUrl(chart, () => openLink(chart, model, ctx), { write: !ctx.embed, view: () => ({ ...find }) });
        if (!scroller) return;
        await nextTask();
        const sticky = () => (panel && getComputedStyle(panel).position === 'sticky' ? panel : null);
        const sync = lazy.syncList(scroller, chart, {
          topOfView: () => sticky()?.getBoundingClientRect().bottom ?? 0,
          chartStuck: () => {
            const p = sticky();
            return p !== null && p.getBoundingClientRect().top <= parseFloat(getComputedStyle(p).top) + 1;
          },
        });
        if (chart.selectedId) sync.reveal(chart.selectedId);
        reveal = sync.reveal;
      }, () => showNotice(lazyFailed())),
  );
  // Date formatting (the first view's dates came formatted from the build) is set up when the
  // reader first comes to the chart, in an idle moment before they zoom: not while the page loads
  // (setting up Intl is a long task on a phone), nor inside the first zoom's frame.
  const warm = () => idle(prepareFormatting);
  for (const type of ['pointerenter', 'focusin', 'touchstart']) chart.addEventListener(type, warm, { once: true, passive: true });

  const copy = (id: string) => void interact().then((more) => more.copyLink(more.shareLink(id, ctx)), () => {});
  chart.addEventListener('timeline-copy-link', (e) => copy((e as CustomEvent<{ id: string }>).detail.id));
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.('button.copy-link') as HTMLButtonElement | null;
    if (button?.dataset.id) copy(button.dataset.id);
  });
  // On a phone the filters fold behind a button (page.css); it works before the rest of the bar is wired.
  const more = document.querySelector<HTMLButtonElement>('.filters button.more');
  more?.addEventListener('click', () => {
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    document.getElementById('filter-picks')?.classList.toggle('open', open);
  });
  const embedButton = document.getElementById('embed-button');
  if (embedButton && !ctx.embed) {
    embedButton.hidden = false;
    embedButton.addEventListener('click', () =>
      void interact().then(
        (more) => void loadLazy().then((lazy) => more.openEmbedBuilder({ chart, model, facets: lazy.facetsOf(model, index), find, rootUrl: ctx.rootUrl, title: document.title })),
        () => {},
      ),
    );
  }
}
