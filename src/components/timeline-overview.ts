import { LitElement, css, html, type PropertyValues } from 'lit';
import type { TimelineModel } from '../data/timeline-model';
import type { TimeWindow } from '../chart/view-window';
import { densityBins } from '../chart/density';
import { brushKey, centreWindow, clampWindow, moveWindow, resizeWindow, type BrushLimits } from '../chart/brush-window';
import { DAY_MS, startOfDayUtc } from '../time/calendar-day';
import { formatUtc } from '../time/date-label';
import { msg, str } from '../i18n/msg';

/** Detail of `overview-window`: the window of time the reader brushed. */
export interface OverviewWindowDetail {
  window: TimeWindow;
}

/** Pixels per histogram bar (a 2 px bar and a 1 px gap). */
const BAR_W = 3;
/** The strip's height (the touch target) and the histogram's inside it. */
const STRIP_H = 44;
const HIST_H = 36;
/** Handle hit targets, centred on the brush's edges while the brush is wide enough. */
const HANDLE_W = 24;

/** Which part of the brush a pointer holds: the body, or the handle of edge 0 (start) or 1 (end). */
type Grip = 'move' | 0 | 1;

/** Whether two windows differ by value: the chart hands a new array on every frame, often the same. */
const differs = (a: TimeWindow | null, b: TimeWindow | null | undefined): boolean =>
  a !== b && (!a || !b || a[0] !== b[0] || a[1] !== b[1]);

interface Drag {
  grip: Grip;
  pointerId: number;
  x: number;
  start: TimeWindow;
  moved: boolean;
}

/**
 * `<timeline-overview>`: the whole span of the timeline as a small density histogram, with the
 * window now shown as a brush over it. Data down: `model`, `domain` (the whole span the chart
 * can show; the model's extent when unset), `window` (what the chart shows now), `minSpan` (the
 * narrowest window). Events up: `overview-window` ({ window }) whenever the reader drags the
 * brush or a handle, clicks or taps the strip, or uses the keys on the brush (a WAI-ARIA slider).
 */
export class TimelineOverview extends LitElement {
  static properties = {
    model: { attribute: false },
    domain: { attribute: false, hasChanged: differs },
    window: { attribute: false, hasChanged: differs },
    minSpan: { type: Number, attribute: 'min-span' },
    label: { type: String },
    width: { state: true },
  };

  declare model: TimelineModel | null;
  declare domain: TimeWindow | null;
  declare window: TimeWindow | null;
  /** The narrowest window, in ms. */
  declare minSpan: number;
  /** The brush's accessible name. */
  declare label: string;
  /** The histogram's width in CSS px, from a ResizeObserver (read-only state). */
  declare width: number;

  /** The bars as one SVG path, redrawn only when the model, domain or width change. */
  private bars = '';
  private drag: Drag | null = null;
  /** Set by a drag, so the click that ends it does not also centre the window. */
  private dragged = false;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.model = null;
    this.domain = null;
    this.window = null;
    this.minSpan = 2 * DAY_MS;
    this.label = msg('Overview of the whole timeline; drag to move the view', { id: 'overview.label' });
    this.width = 0;
  }

  static styles = css`
    :host { display: block; color: var(--text, #1b1b1b); }
    /* Time runs left to right, as in the plot, in every edition; the brush is placed in physical px. */
    .strip { direction: ltr; position: relative; height: ${STRIP_H}px; padding: 0 ${HANDLE_W / 2}px; touch-action: pan-y; cursor: pointer; user-select: none; -webkit-user-select: none; }
    .plot { position: relative; height: 100%; border-bottom: 1px solid var(--border, #8a8580); box-sizing: border-box; }
    svg { position: absolute; left: 0; top: ${STRIP_H - HIST_H - 1}px; display: block; overflow: visible; }
    path { fill: var(--muted, #4d4d4d); opacity: 0.7; }
    .brush {
      /* pan-y, not none: at the whole span the brush covers the strip, and a vertical swipe must still scroll the page.
         A horizontal drag is not a pan-y gesture, so it still reaches the brush. */
      position: absolute; top: 0; left: 0; height: 100%; box-sizing: border-box; touch-action: pan-y; cursor: grab;
      /* An inset shadow, not a border, so the brush is exactly as wide as the window, however narrow. */
      background: color-mix(in srgb, var(--focus, #1d4ed8) 16%, transparent); box-shadow: inset 0 0 0 1px var(--focus, #1d4ed8); border-radius: 2px;
    }
    .brush:active { cursor: grabbing; }
    .brush:focus { outline: none; }
    .brush:focus-visible { outline: 2px solid var(--focus, #1d4ed8); outline-offset: 2px; }
    .handle { position: absolute; top: 0; width: ${HANDLE_W}px; height: 100%; touch-action: none; cursor: ew-resize; }
    .handle::before {
      content: ''; position: absolute; left: calc(50% - 3px); top: calc(50% - 10px); width: 6px; height: 20px; box-sizing: border-box;
      background: var(--surface, #fff); border: 1px solid var(--text, #1b1b1b); border-radius: 3px;
    }
    @media (forced-colors: active) {
      .brush { background: transparent; border: 1px solid Highlight; }
      path { fill: CanvasText; }
    }
  `;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  /**
   * Places the brush and its handles through the CSSOM after each render: a `style` attribute
   * (what Lit's styleMap writes on a first render) is refused by the site's CSP (style-src 'self').
   */
  protected override updated(): void {
    const [x0, x1] = this.brushX();
    const w = x1 - x0;
    // Handles straddle the edges of a wide brush and sit outside a narrow one, so the body stays grabbable.
    const inset = Math.max(0, Math.min(HANDLE_W / 3, (w - HANDLE_W) / 2));
    const brush = this.renderRoot.querySelector<HTMLElement>('.brush');
    if (!brush) return;
    brush.style.transform = `translateX(${x0}px)`;
    brush.style.width = `${w}px`;
    const [start, end] = brush.querySelectorAll<HTMLElement>('.handle');
    start.style.left = `${inset - HANDLE_W}px`;
    end.style.left = `${w - inset}px`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeWidth();
  }

  /** The dates shown, in words (formatUtc remembers each day it has written). */
  private valueText(domain: TimeWindow | null, a: number, b: number): string {
    if (!domain) return '';
    // The last day shown is the one the window's last instant falls in: a window ending at midnight ends the day before.
    return msg(str`${formatUtc(startOfDayUtc(a), 'day')} to ${formatUtc(startOfDayUtc(Math.max(a, b - 1)), 'day')}`, { id: 'overview.value' });
  }

  /** The whole span drawn: `domain`, or the model's extent. */
  private span(): TimeWindow | null {
    const d = this.domain ?? this.model?.extent ?? null;
    return d && Number.isFinite(d[0]) && Number.isFinite(d[1]) && d[1] > d[0] ? d : null;
  }

  private limits(): BrushLimits | null {
    const domain = this.span();
    return domain ? { domain, minSpan: this.minSpan } : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('model') || changed.has('domain') || changed.has('width')) this.bars = this.drawBars();
  }

  private drawBars(): string {
    const domain = this.span();
    const n = Math.floor(this.width / BAR_W);
    if (!this.model || !domain || n < 1) return '';
    const { counts, max } = densityBins(this.model.events, domain, n);
    const step = this.width / n;
    const w = Math.max(1, step - 1).toFixed(1);
    let d = '';
    for (let i = 0; i < n; i++) {
      if (!counts[i]) continue;
      // A square-root scale, so a day with one event still shows beside a day with hundreds.
      const h = Math.max(1, Math.sqrt(counts[i] / max) * HIST_H);
      d += `M${(i * step).toFixed(1)},${(HIST_H - h).toFixed(1)}h${w}v${h.toFixed(1)}h-${w}z`;
    }
    return d;
  }

  /** The brush's left and right edges in px. */
  private brushX(): [number, number] {
    const domain = this.span();
    if (!domain) return [0, this.width];
    const [a, b] = this.window ?? domain;
    const k = this.width / (domain[1] - domain[0]);
    const clampX = (x: number) => Math.max(0, Math.min(this.width, x));
    return [clampX((a - domain[0]) * k), clampX((b - domain[0]) * k)];
  }

  protected override render() {
    const domain = this.span();
    const [a, b] = this.window ?? domain ?? [0, 0];
    const centre = domain ? (((a + b) / 2 - domain[0]) / (domain[1] - domain[0])) * 100 : 0;
    const text = this.valueText(domain, a, b);
    return html`<div class="strip" @click=${this.onClick}>
      <div class="plot">
        <svg aria-hidden="true" width=${this.width} height=${HIST_H}><path d=${this.bars}></path></svg>
        <div
          class="brush"
          role="slider"
          tabindex="0"
          aria-label=${this.label}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${Math.round(centre)}
          aria-valuetext=${text}
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerCancel}
          @keydown=${this.onKey}
        >
          <div class="handle" data-edge="0"></div>
          <div class="handle" data-edge="1"></div>
        </div>
      </div>
    </div>`;
  }

  private observeWidth(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!plot || this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(plot);
  }

  /** The time under a viewport x coordinate. */
  private timeAt(clientX: number): number | null {
    const domain = this.span();
    const plot = this.renderRoot.querySelector('.plot');
    if (!domain || !plot || this.width <= 0) return null;
    const x = clientX - plot.getBoundingClientRect().left;
    return domain[0] + (x / this.width) * (domain[1] - domain[0]);
  }

  /** Takes a new window and tells the page, if it changed. */
  private emit(next: TimeWindow): void {
    const cur = this.window;
    if (cur && cur[0] === next[0] && cur[1] === next[1]) return;
    this.window = next;
    this.dispatchEvent(new CustomEvent<OverviewWindowDetail>('overview-window', { detail: { window: next }, bubbles: true, composed: true }));
  }

  private onPointerDown(e: PointerEvent): void {
    const limits = this.limits();
    if (!limits || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const handle = (e.target as Element).closest<HTMLElement>('.handle');
    const grip: Grip = handle ? (handle.dataset.edge === '0' ? 0 : 1) : 'move';
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.drag = { grip, pointerId: e.pointerId, x: e.clientX, start: clampWindow(this.window ?? limits.domain, limits), moved: false };
    this.dragged = false;
  }

  private onPointerMove(e: PointerEvent): void {
    const drag = this.drag;
    const limits = this.limits();
    if (!drag || !limits || e.pointerId !== drag.pointerId || this.width <= 0) return;
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 2) return;
    drag.moved = true;
    const dt = (dx / this.width) * (limits.domain[1] - limits.domain[0]);
    const { start, grip } = drag;
    this.emit(grip === 'move' ? moveWindow(start, dt, limits) : resizeWindow(start, grip, start[grip] + dt, limits));
  }

  private onPointerUp(e: PointerEvent): void {
    if (!this.drag || e.pointerId !== this.drag.pointerId) return;
    this.dragged = this.drag.moved;
    this.drag = null;
  }

  /** The browser took the gesture (a vertical swipe scrolls the page): put the window back. */
  private onPointerCancel(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.drag = null;
    if (drag.moved) this.emit(drag.start);
  }

  /** A click or tap on the strip outside the brush centres the window there. */
  private onClick(e: MouseEvent): void {
    const dragged = this.dragged;
    this.dragged = false;
    const limits = this.limits();
    if (dragged || !limits || e.composedPath().some((n) => n instanceof Element && n.classList.contains('brush'))) return;
    const t = this.timeAt(e.clientX);
    if (t !== null) this.emit(centreWindow(clampWindow(this.window ?? limits.domain, limits), t, limits));
  }

  private onKey(e: KeyboardEvent): void {
    const limits = this.limits();
    if (!limits || e.altKey || e.ctrlKey || e.metaKey) return;
    const next = brushKey(e.key, e.shiftKey, clampWindow(this.window ?? limits.domain, limits), limits);
    if (!next) return;
    e.preventDefault();
    this.emit(next);
  }
}

customElements.define('timeline-overview', TimelineOverview);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-overview': TimelineOverview;
  }
  interface HTMLElementEventMap {
    'overview-window': CustomEvent<OverviewWindowDetail>;
  }
}
