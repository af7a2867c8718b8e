import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { VirtualElement } from '@floating-ui/dom';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import type { Kind } from '../data/types';
import type { ByActor } from '../app/shown-view';
import type { DetailsStore } from '../data/details-store';
import { computeFrame, PACKED_VIEW } from '../chart/frame';
import { OTHERS } from '../chart/actor-frame';
import { labelMeasurer } from '../chart/text-width';
import { setAttr } from '../chart/dom-write';
import { drawAxis, drawDayMark } from '../chart/draw-axis';
import { drawGroups, drawMarks, type Geometry } from '../chart/draw-marks';
import { arrowStep, directionOf, keyAction } from '../chart/keyboard';
import { indexAt, nearestIndex } from '../chart/visible';
import { panDelta, wheelIntent } from '../chart/wheel-intent';
import { timelineZoom } from '../chart/zoom-behavior';
import { scaledAbout } from '../chart/zoom-path';
import { zoomTween } from '../chart/zoom-tween';
import { fullDomain, transformToWindow, windowToTransform, type TimeWindow } from '../chart/view-window';
import { DAY_MS } from '../time/calendar-day';
import { formatEventDate } from '../time/date-label';
import { msg, str } from '../i18n/msg';
import { formatNumber, plural } from '../i18n/plural';
import { eventCount } from '../i18n/event-count';
import { chartStyles } from './timeline-chart.styles';
import { buildShell, type ChartShell } from './chart-shell';
import { loadLazy } from './load-lazy';
import type { EventCard } from './event-card';
import type { CardView } from './card-presenter';
import { cooperativeTouch } from '../chart/touch-pan';

const LANES = PACKED_VIEW.lanes;
const LANE_H = 26;
const TOP = 18;
/** Lanes for marks, then one overflow row for counted groups, then the axis. */
const AXIS_Y = TOP + (LANES + 1) * LANE_H;
/** The fine tick labels, then the context row (month and year, or year). */
const HEIGHT = AXIS_Y + 48;
const MARK_W = PACKED_VIEW.markWidth;
/** The narrowest window a reader can zoom to. */
export const MIN_WINDOW = 2 * DAY_MS;
/** The gap between a mark and its label (and after a label), as the layout reserves it. */
const LABEL_GAP = 4;

/** Below this width (CSS px) the full card is a full-width card in the page's flow, not a popover. */
const SHEET_BELOW = 600;

/** Detail of `timeline-select`: the event now selected, and what selected it. */
export interface SelectDetail {
  id: string | null;
  cause: 'keyboard' | 'pointer' | 'program';
}

/**
 * `<timeline-chart>`: the zoomable D3 timeline, a Lit reactive element. Give it a `model`; it
 * emits `timeline-select` when the selection changes and `timeline-card` when an event card
 * opens, closes or changes size. Hover and keyboard focus show a compact card; a click, tap or
 * Enter opens the full one (`pinned`). Its DOM is built once by
 * `buildShell` and drawn by D3; reactive properties drive the updates.
 */
export class TimelineChart extends ReactiveElement {
  static properties = {
    model: { attribute: false },
    details: { attribute: false },
    selectedId: { attribute: false },
    currentId: { attribute: false },
    markDay: { attribute: false },
    label: { type: String },
    embedded: { type: Boolean },
    pinned: { state: true },
    hoverId: { state: true },
    hoverGroup: { state: true },
    focusId: { state: true },
    hint: { state: true },
    announcement: { state: true },
    detailsLoaded: { state: true },
    kinds: { attribute: false },
    searchMatches: { attribute: false },
    laneMode: { attribute: false },
    byActor: { attribute: false },
    laneActors: { attribute: false },
  };
  static styles = chartStyles;

  declare model: TimelineModel | null;
  /** Where the cards get an event's summary and sources (they may load later). */
  declare details: DetailsStore | null;
  /** Counts details loads, so the cards re-render when its details arrive. */
  declare detailsLoaded: number;
  declare selectedId: string | null;
  /** The event the reader is reading in the list: outlined, not selected. */
  declare currentId: string | null;
  /** A day (UTC ms) to mark with a band, e.g. a linked day that has no event. */
  declare markDay: number | null;
  declare label: string;
  /** Set in an embed (the frame grows to fit an open card). */
  declare embedded: boolean;
  declare pinned: boolean;
  declare hoverId: string | null;
  /** The chip under the pointer, as "lo:hi" (event indices): its card lists its events. */
  declare hoverGroup: string | null;
  /** The event whose mark has keyboard focus. */
  declare focusId: string | null;
  declare hint: string;
  declare announcement: string;
  /** The kinds shown (the legend's toggles are pressed for these); null: all. The model holds only what is shown. */
  declare kinds: ReadonlySet<Kind> | null;
  /** Events that match a search: highlighted, the rest dimmed; null when there is no search. */
  declare searchMatches: ReadonlySet<string> | null;
  /** One lane per actor, or the packed lanes. */
  declare laneMode: 'packed' | 'actor';
  /** What lanes by actor need (an event's actors, the frame): set with the filters, from the lazily loaded part. */
  declare byActor: ByActor | null;
  /** The actors a filter names: lanes by actor collapse to these. */
  declare laneActors: readonly string[];

  private shell?: ChartShell;
  private base?: ScaleLinear<number, number>;
  private zoomer?: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  private frameRequested = 0;
  private hideTimer = 0;
  private hintTimer = 0;
  private lastRect = new DOMRect();
  /** A full card was opened before the cards' script was here: bring it on screen once it is. */
  private revealPending = false;
  /** What made the last selection. */
  /** How the selection was last made (the address follows a reader's choice, not the page's). */
  lastCause: SelectDetail['cause'] = 'program';
  /** The lazily loaded part with the cards, once it is here. */
  private cards?: typeof import('../lazy');
  /** The marks drawn in the last frame: the zoom buttons zoom towards where they are. */
  private lastMarks: readonly { x: number }[] = [];
  /** Each drawn event's lane at the last frame (by index), so labels keep their lanes as the view pans. */
  private lanesBefore = new Map<number, number>();
  private laneCache?: { model: TimelineModel | null; key: string; lanes: string[] };
  private geometry?: Geometry;
  /** The reader's last pointer was a finger: no hover cards. */
  private touchInput = false;
  private resizeObserver?: ResizeObserver;
  /** The element's width read before its first update built the shell (that update's draw uses it). */
  private firstWidth: number | null = null;
  private pendingWindow: TimeWindow | null = null;
  /** Set while focus returns to a mark because the reader closed its card. */
  private closing = false;
  /** When the reader last zoomed or panned. */
  private gestureAt = -Infinity;
  private readonly reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  constructor() {
    super();
    this.model = null;
    this.details = null;
    this.detailsLoaded = 0;
    this.selectedId = null;
    this.currentId = null;
    this.markDay = null;
    this.label = msg('Timeline of events', { id: 'chart.label' });
    this.embedded = false;
    this.pinned = false;
    this.hoverId = null;
    this.hoverGroup = null;
    this.focusId = null;
    this.hint = '';
    this.announcement = '';
    this.kinds = null;
    this.searchMatches = null;
    this.laneMode = 'packed';
    this.byActor = null;
    this.laneActors = [];
  }

  // ---- public API -------------------------------------------------------------------------

  /** Selects an event; optionally moves focus to it, brings it into view and opens its full card. */
  select(id: string | null, opts: { focus?: boolean; center?: boolean; pin?: boolean; cause?: SelectDetail['cause'] } = {}): void {
    const item = id ? this.model?.byId.get(id) : undefined;
    const next = item ? item.event.id : null;
    this.lastCause = opts.cause ?? 'program';
    if (next) void loadLazy();
    if (next !== this.selectedId) {
      this.selectedId = next;
      if (item && this.model) this.announcement = msg(str`${formatNumber(item.index + 1)} of ${formatNumber(this.model.events.length)}: ${formatEventDate(item.event.date)}, ${item.event.title}`, { id: 'chart.announce.selected' });
      this.dispatchEvent(new CustomEvent<SelectDetail>('timeline-select', { detail: { id: next, cause: opts.cause ?? 'program' }, bubbles: true, composed: true }));
    }
    this.pinned = Boolean(opts.pin && next);
    if (item && opts.center !== undefined) this.ensureVisible(item.at, opts.center);
    this.draw();
    if (opts.focus) this.markElement(next)?.focus({ preventScroll: true });
  }

  /** Shows a window of time, e.g. from a link; before the first layout it waits for the width. */
  showWindow(window: TimeWindow, animate = false): void {
    if (!this.base) {
      this.pendingWindow = window;
      return;
    }
    this.applyTransform(windowToTransform(this.base, window, this.maxK()), animate);
  }

  /** The window of time now visible. */
  visibleWindow(): TimeWindow | null {
    return this.base ? transformToWindow(this.base, this.transform) : null;
  }

  /** The whole span the chart can show (the data's extent with a margin). */
  fullWindow(): TimeWindow | null {
    return this.base ? (this.base.domain() as TimeWindow) : null;
  }

  /** Zooms by a factor towards the selected event when it is in view, else towards where the events in view are. */
  zoomBy(factor: number): void {
    if (!this.zoomer || !this.base) return;
    const sel = this.selectedId ? this.model?.byId.get(this.selectedId) : undefined;
    const x = sel ? this.transform.rescaleX(this.base)(sel.at) : NaN;
    const inView = this.lastMarks.filter((m) => m.x >= 0 && m.x <= this.width);
    const centre = inView.length ? inView.reduce((n, m) => n + m.x, 0) / inView.length : this.width / 2;
    const p: [number, number] = x >= 0 && x <= this.width ? [x, 0] : [centre, 0];
    const z = this.zoomer;
    const node = this.shell!.svg.node()!;
    const extent = z.extent().call(node, undefined);
    this.animateTo(scaledAbout(zoomTransform(node), factor, p, z.scaleExtent(), (t) => z.constrain()(t, extent, z.translateExtent())), p);
  }

  /** Selects and opens the previous (-1) or next (+1) event in date order: from the selection, else from the middle of the view. */
  step(dir: -1 | 1): void {
    const events = this.model?.events;
    if (!events?.length) return;
    const cur = this.selectedId ? this.model!.byId.get(this.selectedId) : undefined;
    const w = this.visibleWindow();
    const from = cur ? cur.index + dir : nearestIndex(events, w ? (w[0] + w[1]) / 2 : events[0].at);
    const i = Math.max(0, Math.min(events.length - 1, from));
    this.select(events[i].event.id, { pin: true, center: false, cause: 'pointer' });
  }

  /** Shows the whole span of the data. */
  resetZoom(): void {
    this.animateTo(zoomIdentity);
  }

  /** How far the plot starts below the element's top (its buttons and legend are above it), in px. */
  plotTop(): number {
    const svg = this.shell?.svg.node();
    return svg ? svg.getBoundingClientRect().top - this.getBoundingClientRect().top : 0;
  }

  /** Where the open full card is on screen, or null when none is open (an embed grows to fit it). */
  cardRect(): DOMRect | null {
    const card = this.shell?.card as EventCard | undefined;
    return card?.open ? card.getBoundingClientRect() : null;
  }

  /** Draws the chart for the current transform; cheap enough to run every frame. */
  draw(): void {
    const svg = this.shell?.svg;
    if (!svg || !this.base || !this.model) return;
    const xs = this.transform.rescaleX(this.base);
    const geo = (this.geometry ??= { laneY: (lane) => TOP + lane * LANE_H + LANE_H / 2, measure: labelMeasurer(), labelOffset: MARK_W / 2 + LABEL_GAP, labelGap: LABEL_GAP });
    const keepId = this.selectedId ?? this.currentId;
    const labelWidth = (e: ChartEvent) => geo.measure(e.event.title);
    const byActor = this.laneMode === 'actor' ? this.byActor : null;
    const laneNames = byActor ? this.actorLaneNames(byActor) : [];
    const frame = byActor
      ? byActor.frame(this.model, xs, { width: this.width, markWidth: MARK_W, groupWidth: PACKED_VIEW.groupWidth, lanes: laneNames, actorsOf: byActor.actorsOf, labelWidth, keepId, nameWidth: (a) => geo.measure(a) * 0.95 + 8 })
      : computeFrame(this.model, xs, {
          width: this.width,
          lanes: LANES,
          markWidth: MARK_W,
          groupWidth: PACKED_VIEW.groupWidth,
          keepId,
          labelWidth,
          previous: this.lanesBefore,
          // On a phone every mark carries its label; the rest are counted in chips that list them.
          requireLabel: this.width < SHEET_BELOW,
        });
    this.drawLaneNames(laneNames, geo);
    this.lanesBefore = new Map(frame.marks.map((m) => [m.index, m.lane]));
    this.lastMarks = frame.marks;
    this.updateButtons();
    // Once a frame at most: the overview follows the view.
    this.dispatchEvent(new CustomEvent<{ window: TimeWindow }>('timeline-window', { detail: { window: transformToWindow(this.base, this.transform) }, bubbles: true, composed: true }));
    const tabId = frame.marks.some((m) => m.item.event.id === this.selectedId) ? this.selectedId : (frame.marks[0]?.item.event.id ?? null);
    svg.attr('tabindex', tabId ? null : 0);
    const axis = svg.select<SVGGElement>('g.axis');
    setAttr(axis.node()!, 'transform', `translate(0,${AXIS_Y})`);
    drawAxis(axis, xs, AXIS_Y - 4, geo.measure);
    drawDayMark(svg.select<SVGGElement>('g.day-mark'), this.markDay, xs, AXIS_Y);
    drawGroups(svg.select<SVGGElement>('g.groups'), frame.groups, geo, LANES, (g) => this.describeGroup(g.count), !this.pinned);
    drawMarks(svg.select<SVGGElement>('g.marks'), frame.marks, { selectedId: this.selectedId, currentId: this.currentId, tabId, matches: this.searchMatches }, geo);
    const plot = svg.node()!;
    setAttr(plot, 'data-mode', frame.groups.length ? 'groups' : 'lanes');
    setAttr(plot, 'data-k', this.transform.k.toFixed(3));
    // Cards follow their marks as the view moves; with none open there is nothing to place.
    if (this.cards && (this.pinned || this.hoverId || this.hoverGroup || this.focusId)) this.cards.placeCards(this.cardView());
    if (!this.hasAttribute('data-drawn')) {
      // A stable signal for tests and the benchmark: the first frame is on screen.
      performance.mark('timeline:first-draw');
      this.setAttribute('data-drawn', '');
    }
  }

  /** The actors given a lane (by actor), for the events shown: fewer on a phone. Cached per model and width class. */
  private actorLaneNames(byActor: ByActor): string[] {
    const max = this.width < SHEET_BELOW ? 5 : LANES;
    const key = `${max}:${this.laneActors.join('|')}`;
    if (this.laneCache?.model !== this.model || this.laneCache.key !== key)
      this.laneCache = { model: this.model, key, lanes: byActor.lanes(this.model!.events, byActor.actorsOf, max, this.laneActors) };
    return this.laneCache.lanes;
  }

  /** Names each lane by actor at the plot's left edge (nothing in the packed view). */
  private drawLaneNames(names: readonly string[], geo: Geometry): void {
    const box = this.shell!.laneNames;
    if (box.dataset.names === names.join('|')) return;
    box.dataset.names = names.join('|');
    box.replaceChildren(
      ...names.map((name, i) => {
        const div = document.createElement('div');
        div.textContent = name === OTHERS ? msg('Others', { id: 'chart.lane.others' }) : name;
        div.style.top = `${geo.laneY(i) - 5}px`;
        return div;
      }),
    );
  }

  /** Zoom buttons say when they are at a limit; Previous / Next at the first and last event. */
  private updateButtons(): void {
    const shell = this.shell;
    if (!shell || !this.model) return;
    const k = this.transform.k;
    const at = (b: HTMLButtonElement, limit: boolean) => {
      // aria-disabled, not disabled: a focused button must keep focus when it reaches a limit.
      if ((b.getAttribute('aria-disabled') === 'true') !== limit) b.setAttribute('aria-disabled', String(limit));
    };
    at(shell.zoomIn, k >= this.maxK() * 0.999);
    at(shell.zoomOut, k <= 1.001);
    at(shell.reset, k <= 1.001 && Math.abs(this.transform.x) < 0.5);
    const i = this.selectedId ? this.model.byId.get(this.selectedId)?.index : undefined;
    at(shell.prev, i === 0);
    at(shell.next, i === this.model.events.length - 1);
    // Edge hints: zoomed in, how many events are out of view on each side.
    const w = this.visibleWindow();
    const events = this.model.events;
    const nBefore = w && k > 1.001 ? indexAt(events, w[0]) : 0;
    const nAfter = w && k > 1.001 ? events.length - indexAt(events, w[1]) : 0;
    const edge = (b: HTMLButtonElement, n: number, text: string) => {
      b.hidden = n === 0;
      if (n && b.textContent !== text) arrowLabel(b, text);
    };
    edge(shell.before, nBefore, `‹ ${eventCount(nBefore)}`);
    edge(shell.after, nAfter, `${eventCount(nAfter)} ›`);
  }

  /** Moves the view, keeping its width, so the nearest event out of view on one side comes into it (near that edge). */
  private toEdge(dir: -1 | 1): void {
    const w = this.visibleWindow();
    const events = this.model?.events;
    if (!w || !events?.length) return;
    const i = dir < 0 ? indexAt(events, w[0]) - 1 : indexAt(events, w[1]);
    const e = events[i];
    if (!e) return;
    const span = w[1] - w[0];
    const at = dir < 0 ? e.at - span * 0.8 : e.at - span * 0.2;
    this.showWindow([at, at + span], true);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  protected firstUpdated(): void {
    // The plot is as wide as the element (svg.chart is a block at 100 %): read its width before
    // the shell is built, so the first draw does not wait on a style and layout of the shell's
    // toolbar and legend; the browser lays them out once, with the marks, after the draw.
    this.firstWidth = this.getBoundingClientRect().width;
    const shell = (this.shell = buildShell(this.renderRoot as ShadowRoot, this.label, HEIGHT));
    const svgEl = shell.svg.node()!;
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(svgEl);
    const unlessAtLimit = (b: HTMLButtonElement, f: () => void) => b.addEventListener('click', () => b.getAttribute('aria-disabled') !== 'true' && f());
    unlessAtLimit(shell.zoomIn, () => this.zoomBy(2));
    unlessAtLimit(shell.zoomOut, () => this.zoomBy(0.5));
    unlessAtLimit(shell.reset, () => this.resetZoom());
    unlessAtLimit(shell.prev, () => this.step(-1));
    unlessAtLimit(shell.next, () => this.step(1));
    shell.before.addEventListener('click', () => this.toEdge(-1));
    // A legend toggle asks for its kind to be shown or hidden; whoever owns the view decides.
    for (const b of Object.values(shell.kinds))
      b.addEventListener('click', () => this.dispatchEvent(new CustomEvent<{ kind: Kind }>('timeline-kind-toggle', { detail: { kind: b.dataset.kind as Kind }, bubbles: true, composed: true })));
    shell.after.addEventListener('click', () => this.toEdge(1));
    this.addEventListener('card-step', (e) => this.step((e as CustomEvent<{ dir: -1 | 1 }>).detail.dir));
    for (const type of ['pointerenter', 'focusin', 'touchstart']) this.addEventListener(type, () => void loadLazy(), { once: true, passive: true });
    svgEl.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    svgEl.addEventListener('click', (e) => this.onClick(e));
    svgEl.addEventListener('keydown', (e) => this.onKey(e));
    svgEl.addEventListener('pointerover', (e) => this.onPointerOver(e));
    svgEl.addEventListener('pointerout', (e) => this.onPointerOut(e));
    svgEl.addEventListener('pointerdown', (e) => (this.touchInput = e.pointerType === 'touch'));
    // One finger: the page scrolls unless the swipe is clearly horizontal, which pans (see touch-pan.ts).
    cooperativeTouch(svgEl, (dx) => this.zoomer?.translateBy(this.shell!.svg, dx / this.transform.k, 0));
    // Focus listeners go on the wrapper: on an <svg>, Chromium would make the svg itself focusable.
    shell.plot.addEventListener('focusin', (e) => this.onFocus(e));
    shell.plot.addEventListener('focusout', (e) => {
      this.focusId = null;
      if (this.eventTarget(e).group) this.hoverGroup = null;
    });
    this.addEventListener('card-close', () => this.closeCard());
    this.addEventListener('card-rendered', () => this.cards?.placeCards(this.cardView()));
    // A zoom or pan wheel over a card must neither zoom the page nor get stuck on it.
    shell.card.addEventListener(
      'wheel',
      (e) => {
        if (wheelIntent(e) !== 'scroll') e.preventDefault();
      },
      { passive: false },
    );
  }

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frameRequested);
    this.frameRequested = 0;
  }

  protected updated(changed: PropertyValues<this>): void {
    const shell = this.shell;
    if (!shell) return;
    if (changed.has('model') && changed.get('model') && this.base) {
      // A filter changed what is shown: the reader keeps the window they were looking at.
      this.pendingWindow = this.visibleWindow();
      this.lanesBefore = new Map();
      if (this.selectedId && !this.model?.byId.has(this.selectedId)) this.select(null);
    }
    if (changed.has('kinds')) for (const [k, b] of Object.entries(shell.kinds)) b.setAttribute('aria-pressed', String(!this.kinds || this.kinds.has(k as Kind)));
    if (changed.has('model')) {
      shell.description.textContent = `${eventCount(this.model?.events.length ?? 0)}. ${msg("Arrow keys move between events in date order, Home and End go to the first and last, plus and minus zoom, Enter opens an event's sources and Escape closes them. Ctrl and scroll, or pinch, zooms; drag, or Shift and scroll, pans.", { id: 'chart.description' })}`;
      this.resize(true);
    } else if (['currentId', 'markDay', 'pinned', 'searchMatches', 'laneMode', 'byActor', 'laneActors'].some((k) => changed.has(k as keyof TimelineChart))) {
      // (An open full card takes the Tab after its mark: the chips leave the tab order meanwhile.)
      // The list item being read is kept in view on the chart (a pan, never a zoom), outlined.
      const current = this.currentId ? this.model?.byId.get(this.currentId) : undefined;
      if (changed.has('currentId') && current) this.ensureVisible(current.at, false);
      // A new selection needs no redraw here: select() draws it at once, so its mark can take focus.
      this.draw();
    }
    if (changed.has('label')) shell.svg.attr('aria-label', this.label);
    if (changed.has('hint')) {
      shell.hint.textContent = this.hint;
      shell.hint.hidden = !this.hint;
    }
    if (changed.has('announcement')) shell.live.textContent = this.announcement;
    if ((['pinned', 'hoverId', 'hoverGroup', 'focusId', 'selectedId', 'embedded', 'details', 'detailsLoaded'] as const).some((k) => changed.has(k)))
      this.updateCards(changed.has('pinned') && this.pinned);
    // (Only the first update's draw may use the width read before the shell was built.)
    this.firstWidth = null;
  }

  /** What the cards need to know (see card-presenter.ts). */
  private cardView(): CardView {
    const shell = this.shell!;
    const fullId = this.pinned ? this.selectedId : null;
    return {
      host: this,
      model: this.model,
      details: this.details,
      peek: shell.peek as EventCard,
      card: shell.card as EventCard,
      plot: shell.svg.node()!,
      fullId,
      glanceId: this.hoverId ?? this.focusId,
      group: this.hoverGroup ? (this.hoverGroup.split(':').map(Number) as [number, number]) : null,
      touch: this.touchInput,
      sheet: this.getBoundingClientRect().width < SHEET_BELOW,
      laneHeight: LANE_H,
      anchorFor: (id) => this.anchorFor(id),
      markElement: (id) => this.markElement(id),
      groupElement: (lo) => this.renderRoot.querySelector(`g.group[data-lo="${lo}"]`),
      detailsLoaded: () => this.detailsLoaded++,
    };
  }

  /** Fills and places the cards, once their script is here (it loads on the first sign of interaction). */
  private updateCards(revealFull: boolean): void {
    this.revealPending ||= revealFull;
    const wanted = this.pinned || this.hoverId || this.hoverGroup || this.focusId;
    if (!this.cards) {
      if (wanted) void loadLazy().then((lazy) => ((this.cards = lazy), this.requestUpdate('detailsLoaded')));
      return;
    }
    if (this.cards.presentCards(this.cardView())) this.dispatchEvent(new CustomEvent('timeline-card', { bubbles: true, composed: true }));
    // A card a link opened is brought on screen at once (the page is still loading); one the reader opened, smoothly.
    if (this.revealPending && this.pinned) this.cards.revealCard(this.shell!.card as EventCard, !this.reduceMotion && this.lastCause !== 'program');
    this.revealPending = false;
  }

  /** A press anywhere outside the chart closes the full card (the chart's own presses are handled by onClick). */
  private readonly onDocumentPointerDown = (e: PointerEvent) => {
    if (!this.pinned || e.composedPath().includes(this)) return;
    this.pinned = false;
  };

  private maxK(): number {
    const [d0, d1] = this.base?.domain() ?? [0, MIN_WINDOW];
    return Math.max(1, (d1 - d0) / MIN_WINDOW);
  }

  private resize(force = false): void {
    const svg = this.shell?.svg;
    if (!svg || !this.model) return;
    const width = Math.round(this.firstWidth ?? svg.node()!.getBoundingClientRect().width);
    this.firstWidth = null;
    if (width <= 0 || (!force && width === this.width)) return;
    const keep = this.pendingWindow ?? (this.base && !force ? transformToWindow(this.base, this.transform) : null);
    this.pendingWindow = null;
    this.width = width;
    // The base scale never changes after this: zooming derives the visible scale from it.
    this.base = scaleLinear().domain(fullDomain(this.model.extent)).range([0, width]);
    this.zoomer = timelineZoom<SVGSVGElement>(this.maxK(), width, HEIGHT).on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => this.onZoom(e));
    svg.call(this.zoomer).on('dblclick.zoom', null);
    svg.call(this.zoomer.transform, keep ? windowToTransform(this.base, keep, this.maxK()) : zoomIdentity);
    // Draw now rather than on the next animation frame: the first view should not wait for one.
    cancelAnimationFrame(this.frameRequested);
    this.frameRequested = 0;
    this.draw();
  }

  // ---- interaction --------------------------------------------------------------------------

  private onZoom(e: D3ZoomEvent<SVGSVGElement, unknown>): void {
    // Only redraw when the view really changed (d3-zoom also reports gestures held at a limit).
    const t = e.transform;
    if (t.k === this.transform.k && t.x === this.transform.x && this.hasAttribute('data-drawn')) return;
    this.transform = t;
    if (e.sourceEvent) {
      // Marks slide under a still pointer while zooming: no hover card until it settles.
      this.gestureAt = performance.now();
      this.hoverId = null;
      this.hoverGroup = null;
    }
    if (!this.frameRequested)
      this.frameRequested = requestAnimationFrame(() => {
        this.frameRequested = 0;
        this.draw();
      });
  }

  /** Moves the view to a transform in a quarter of a second (at once under reduced motion), keeping the point `p` (by default the middle) as still as it can; any gesture stops it. */
  private animateTo(t: ZoomTransform, p: [number, number] = [this.width / 2, 0]): void {
    const svg = this.shell?.svg;
    const zoomer = this.zoomer;
    if (!svg || !zoomer) return;
    zoomTween(svg.node()!, t, p, this.width, this.reduceMotion ? 0 : 250, (step) => svg.call(zoomer.transform, step));
  }

  private applyTransform(t: ZoomTransform, animate: boolean): void {
    if (!this.shell || !this.zoomer) return;
    if (animate) this.animateTo(t);
    else this.shell.svg.call(this.zoomer.transform, t);
  }

  /** Pans (never zooms) so a time is in view: to the centre if asked, else just inside the edge. */
  private ensureVisible(t: number, center: boolean): void {
    if (!this.base) return;
    const x = this.transform.rescaleX(this.base)(t);
    const margin = Math.min(80, this.width / 4);
    if (!center && x >= margin && x <= this.width - margin) return;
    const target = center ? this.width / 2 : x < margin ? margin : this.width - margin;
    this.applyTransform(this.transform.translate((target - x) / this.transform.k, 0), false);
  }

  private markElement(id: string | null): SVGGElement | null {
    return id ? this.renderRoot.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(id)}"]`) : null;
  }

  private onWheel(e: WheelEvent): void {
    const intent = wheelIntent(e);
    if (intent === 'zoom') {
      // d3-zoom ignores wheels at its limits; cancel them anyway so the page never zooms instead.
      e.preventDefault();
    } else if (intent === 'pan') {
      e.preventDefault();
      this.zoomer?.translateBy(this.shell!.svg, -panDelta(e) / this.transform.k, 0);
    } else {
      this.hint = /Mac|iPhone|iPad/.test(navigator.userAgent) ? msg('⌘ + scroll to zoom', { id: 'chart.hint.mac' }) : msg('Ctrl + scroll to zoom', { id: 'chart.hint' });
      clearTimeout(this.hintTimer);
      this.hintTimer = window.setTimeout(() => (this.hint = ''), 1500);
    }
  }

  private eventTarget(e: Event): { id?: string; group?: SVGGElement } {
    // A mark's label (beside its button, hidden from assistive technology, which reads the
    // button's name) answers the pointer as its mark does: a reader clicks the words they read.
    const el = (e.target as Element | null)?.closest?.('g.mark, g.group, g.event');
    if (!el) return {};
    if (el.classList.contains('group')) return { group: el as SVGGElement };
    const mark = el.classList.contains('mark') ? el : el.querySelector('g.mark');
    return mark ? { id: (mark as SVGGElement).dataset.id } : {};
  }

  private onClick(e: MouseEvent): void {
    const { id, group } = this.eventTarget(e);
    this.hoverId = null;
    if (id) this.select(id, { pin: true, cause: 'pointer', focus: true });
    else if (group) this.zoomToGroup(group);
    else if (this.pinned) this.pinned = false;
  }

  /**
   * A chip's accessible name: how many events it holds (focus lists them with their dates, as
   * hover does). No dates here: chips change on every frame of a zoom, and writing dates costs.
   */
  private describeGroup(count: number): string {
    const n = formatNumber(count);
    return plural(count, {
      one: msg(str`${n} more event here: zoom in to see it`, { id: 'chart.group.one' }),
      few: msg(str`${n} more events here: zoom in to see them`, { id: 'chart.group.few' }),
      many: msg(str`${n} more events here: zoom in to see them`, { id: 'chart.group.many' }),
      other: msg(str`${n} more events here: zoom in to see them`, { id: 'chart.group.other' }),
    });
  }

  /** Zooms to the events a chip holds. */
  private zoomToGroup(group: SVGGElement): void {
    if (!this.model) return;
    const a = this.model.events[Number(group.dataset.lo)];
    const b = this.model.events[Number(group.dataset.hi) - 1];
    const pad = Math.max((b.end - a.start) * 0.3, DAY_MS);
    this.hoverGroup = null;
    this.showWindow([a.start - pad, b.end + pad], true);
  }

  /** Keys on a chip: Enter or Space zoom into it, arrows move along the row, Escape closes its list. */
  private onGroupKey(e: KeyboardEvent, group: SVGGElement): void {
    if (e.key === 'Enter' || e.key === ' ') this.zoomToGroup(group);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      // The chips lie along time, in the plot's direction (left to right in every edition).
      const next = (arrowStep(e.key, directionOf(group)) === -1 ? group.previousElementSibling : group.nextElementSibling) as SVGGElement | null;
      next?.focus();
    } else if (e.key === 'Escape') this.hoverGroup = null;
    else return;
    e.preventDefault();
  }

  private onFocus(e: FocusEvent): void {
    const { id, group } = this.eventTarget(e);
    // A chip in focus lists its events, as under the pointer.
    if (group) this.hoverGroup = `${group.dataset.lo}:${group.dataset.hi}`;
    if (id && id !== this.selectedId) this.select(id, { cause: 'keyboard' });
    // Focus coming back after the reader closed the tooltip must not reopen it.
    if (id && !this.closing) this.focusId = id;
    this.closing = false;
    this.hoverId = null;
  }

  private onPointerOver(e: PointerEvent): void {
    const { id, group } = this.eventTarget(e);
    // A finger has no hover: a tap opens the full card instead.
    if ((!id && !group) || e.pointerType !== 'mouse' || performance.now() - this.gestureAt < 400) return;
    clearTimeout(this.hideTimer);
    this.hoverId = id ?? null;
    this.hoverGroup = group ? `${group.dataset.lo}:${group.dataset.hi}` : null;
  }

  private onPointerOut(e: PointerEvent): void {
    const { id, group } = this.eventTarget(e);
    if (!id && !group) return;
    clearTimeout(this.hideTimer);
    // A short delay keeps the card from flickering while the pointer crosses a gap between marks.
    this.hideTimer = window.setTimeout(() => {
      this.hoverId = null;
      this.hoverGroup = null;
    }, 120);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.model || e.altKey || e.ctrlKey || e.metaKey) return;
    const { group } = this.eventTarget(e);
    if (group) return this.onGroupKey(e, group);
    const events = this.model.events;
    const cur = this.selectedId ? this.model.byId.get(this.selectedId) : undefined;
    const w = this.visibleWindow();
    const action = keyAction(e.key, cur ? cur.index : null, events.length, w ? nearestIndex(events, (w[0] + w[1]) / 2) : 0);
    if (!action || (action.type === 'close' && !this.pinned && !this.hoverId && !this.focusId)) return;
    e.preventDefault();
    if (action.type === 'select') this.select(events[action.index].event.id, { focus: true, center: false, cause: 'keyboard' });
    else if (action.type === 'zoom') this.zoomBy(action.factor);
    else if (action.type === 'pin' && cur) this.select(cur.event.id, { pin: true, focus: true, cause: 'keyboard' });
    else if (action.type === 'close') this.closeCard();
  }

  private closeCard(): void {
    this.pinned = false;
    this.hoverId = null;
    this.focusId = null;
    const mark = this.markElement(this.selectedId);
    this.closing = mark !== null && (this.renderRoot as ShadowRoot).activeElement !== mark;
    mark?.focus({ preventScroll: true });
  }

  private anchorFor(id: string | null): VirtualElement | null {
    if (!id) return null;
    return {
      // Floating UI follows the scrolling ancestors of this element.
      contextElement: this.shell?.svg.node() ?? undefined,
      getBoundingClientRect: () => {
        const el = this.markElement(id)?.querySelector('path');
        if (el) this.lastRect = el.getBoundingClientRect();
        return this.lastRect;
      },
    };
  }
}

/**
 * Writes a label with an arrow at one end ("‹ 4 events", "4 events ›") into a button, its words
 * isolated (<bdi>): in a Persian label inside the left-to-right plot the arrow keeps its end and
 * the words read right to left. The button's text stays exactly the label.
 */
function arrowLabel(b: HTMLButtonElement, text: string): void {
  const [, start = '', words, end = ''] = /^(‹ )?(.*?)( ›)?$/s.exec(text) ?? ['', '', text, ''];
  // The count changes on every frame of a zoom: its nodes are rewritten in place once made.
  const [a, bdi, z] = b.childNodes;
  if (b.childNodes.length === 3 && bdi.nodeName === 'BDI') {
    a.textContent = start;
    bdi.textContent = words;
    z.textContent = end;
    return;
  }
  const made = document.createElement('bdi');
  made.textContent = words;
  b.replaceChildren(start, made, end);
}

customElements.define('timeline-chart', TimelineChart);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-chart': TimelineChart;
  }
}
