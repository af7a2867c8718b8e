import { formatNumber } from '../i18n/plural';
import type { ScaleLinear } from 'd3-scale';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import { groupByPixel, type Group, type MarkBox } from './layout';
import { layoutLabels, type LabelCandidate } from './label-layout';
import { indexAt, visibleRange } from './visible';
import { KIND_STYLES } from './kinds';

/** The packed view as the chart draws it: its lanes, a mark's width, and the room a chip of a group takes. The build picks the first view's events with the same. */
export const PACKED_VIEW = { lanes: 8, markWidth: 22, groupWidth: 36 } as const;

/** How far past the plot's edges a span is drawn (see laneFrame). */
const SPAN_MARGIN = 40;

/** What one frame of the chart shows: single marks in lanes, or counted groups when crowded. */
export interface Frame {
  marks: (MarkBox & { item: ChartEvent })[];
  groups: Group[];
}

export interface FrameOptions {
  width: number;
  lanes: number;
  markWidth: number;
  groupWidth: number;
  /** Always drawn as its own mark, so keyboard focus never lands inside a group. */
  keepId?: string | null;
  /** The width (px) of an event's whole label; without it marks are placed as if unlabelled. */
  labelWidth?: (e: ChartEvent) => number;
  /** Where each event (by index) was at the last frame, so it keeps its lane as the view pans. */
  previous?: ReadonlyMap<number, number>;
  /** Every mark must carry a label; the others are counted in groups (narrow screens). */
  requireLabel?: boolean;
}

/**
 * How much an event matters when not everything fits: its own `importance` when the data gives
 * one (1–5), else its kind's weight (agreements, deliveries, strikes and forecasts first).
 */
export function eventWeight(e: ChartEvent): number {
  return (e.event as { importance?: number }).importance ?? KIND_STYLES[e.event.kind].weight;
}

/** The width a group's chip takes for its count ("+12"). */
export function chipWidth(count: number): number {
  return 8 + 6.8 * chipLabel(count).length;
}

/** A group's count as its chip reads, in the edition's digits (its name says the same number). */
export function chipLabel(count: number): string {
  return `+${count < 1000 ? formatNumber(count) : `${formatNumber(Math.round(count / 1000))}k`}`;
}

/**
 * Keeps chips whole inside a plot `width` wide (a chip for events at the edge was cut in half),
 * and merges neighbouring groups whose chips would overlap, so chips never cover each other.
 */
export function separateChips(groups: Group[], width = Infinity): Group[] {
  const inside = (x: number, count: number) => {
    const half = chipWidth(count) / 2 + 1;
    return Math.max(half, Math.min(width - half, x));
  };
  const out: Group[] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    const x = inside(g.x, g.count);
    if (prev && prev.x + chipWidth(prev.count) / 2 + 2 > x - chipWidth(g.count) / 2) {
      const count = prev.count + g.count;
      out[out.length - 1] = { ...prev, count, to: g.to, hi: g.hi, x: inside((prev.x * prev.count + x * g.count) / count, count) };
    } else out.push({ ...g, x });
  }
  return out;
}

/** The room (px) a mark takes in a lane with a gap and a short label beside it, beyond its own width. */
export const LABEL_ROOM = 44;

/**
 * Above this many events in view, the lanes cannot give each a mark and a label worth reading:
 * show a readable selection and count the rest per pixel bin instead (see denseFrame), which
 * also keeps each frame cheap however many events there are. (Laid out in lanes, 540 events at
 * 1,088 px became 233 marks without a single label.)
 */
export function denseLimit(o: Pick<FrameOptions, 'lanes' | 'width' | 'markWidth'>): number {
  return o.lanes * Math.ceil(o.width / (o.markWidth + LABEL_ROOM));
}

/**
 * The frame for a crowded view: one counted group per pixel bin, each count found by binary
 * search, so the work per frame depends on the width, not on the number of events.
 */
function denseFrame(model: TimelineModel, xs: ScaleLinear<number, number>, o: FrameOptions): Frame {
  const groups: Group[] = [];
  const bins = Math.ceil(o.width / o.groupWidth);
  let i = indexAt(model.events, xs.invert(0));
  for (let b = 0; b < bins; b++) {
    const j = indexAt(model.events, xs.invert((b + 1) * o.groupWidth));
    if (j > i) {
      const x = xs((model.events[i].at + model.events[j - 1].at) / 2);
      groups.push({ key: `b${b}`, x, count: j - i, from: x, to: x, lo: i, hi: j });
    }
    i = j;
  }
  // A readable selection, laid out with their labels; the groups count only what is not shown.
  const sample = denseSample(model, xs, o);
  const kept = o.keepId ? model.byId.get(o.keepId) : undefined;
  if (kept && !sample.includes(kept)) sample.splice(sample.findIndex((e) => e.index > kept.index) >>> 0, 0, kept);
  const { marks } = laneFrame(sample, xs, o, kept);
  const shown = new Set(marks.map((m) => m.index));
  for (const g of groups) for (const idx of shown) if (idx >= g.lo && idx < g.hi) g.count--;
  return { marks, groups: separateChips(groups.filter((g) => g.count > 0), o.width) };
}

/** The narrowest stretch of the plot (px) the dense view picks its few events from. */
const STRETCH_PX = 80;

/**
 * A readable selection of a crowded view, in date order: from each stretch of time, its `lanes`
 * first events in a fixed order (the heavier first, see `eventWeight`, then a scrambled rank, so
 * picks spread over the stretch). The stretches are anchored in time, not in pixels (a power of
 * two of milliseconds from the epoch, 80–160 px wide), so while the view pans or zooms the same
 * events are picked and their marks are moved rather than re-created: within a factor of two the
 * stretches stay; past it each splits in two, or pairs merge, and as the order is fixed a
 * stretch's picks are among its halves' picks (zooming in only adds marks, zooming out only
 * removes some). Each stretch's picks are remembered per model, so a frame only reads the events
 * of stretches it has not seen before.
 */
export function denseSample(model: TimelineModel, xs: ScaleLinear<number, number>, o: Pick<FrameOptions, 'width' | 'lanes' | 'groupWidth'>): ChartEvent[] {
  const [d0, d1] = xs.domain();
  const span = 2 ** Math.ceil(Math.log2((Math.max(o.groupWidth, STRETCH_PX) * (d1 - d0)) / o.width));
  let memo = picksMemo.get(model);
  if (!memo || memo.size > 50_000) picksMemo.set(model, (memo = new Map()));
  const sample: ChartEvent[] = [];
  for (let t = Math.floor(d0 / span) * span; t < d1; t += span) {
    const key = `${o.lanes}:${span}:${t}`;
    let picks = memo.get(key);
    if (!picks) memo.set(key, (picks = firstInOrder(model.events, indexAt(model.events, t), indexAt(model.events, t + span), o.lanes)));
    for (const e of picks) sample.push(e);
  }
  return sample;
}

/** Each model's stretches' picks (see denseSample), by lanes, span and start. */
const picksMemo = new WeakMap<TimelineModel, Map<string, ChartEvent[]>>();

/** The sampling order of an event: its weight, then its rank scrambled (a fixed integer hash). */
function samplingRank(e: ChartEvent): number {
  let h = Math.imul(e.index ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return eventWeight(e) * 2 ** 32 + ((h ^ (h >>> 16)) >>> 0);
}

/** The `n` events of `events[lo..hi)` first in sampling order, in date order. */
function firstInOrder(events: readonly ChartEvent[], lo: number, hi: number, n: number): ChartEvent[] {
  if (hi - lo <= n) return events.slice(lo, hi);
  // The best n so far, best first (n is a handful of lanes: insertion is cheap).
  const best: { e: ChartEvent; rank: number }[] = [];
  for (let i = lo; i < hi; i++) {
    const e = events[i];
    const rank = samplingRank(e);
    if (best.length === n) {
      if (rank <= best[n - 1].rank) continue;
      best.pop();
    }
    let j = best.length;
    while (j > 0 && best[j - 1].rank < rank) j--;
    best.splice(j, 0, { e, rank });
  }
  return best.map((b) => b.e).sort((a, b) => a.index - b.index);
}

/** Lays out a date-ordered set of events in lanes with their labels; what does not fit is grouped. */
function laneFrame(events: readonly ChartEvent[], xs: ScaleLinear<number, number>, o: FrameOptions, kept: ChartEvent | undefined): { marks: Frame['marks']; rest: { index: number; x: number }[] } {
  const [d0, d1] = xs.domain();
  const candidates: LabelCandidate[] = [];
  for (const e of events) {
    if (e.end < d0 || e.start > d1) continue;
    const x = xs(e.at);
    // A certain (day) event is drawn at a point: drop its day-wide span from the layout.
    // A span is cut to a little past the plot's edges: zoomed in on a year-long event, its full
    // width would be hundreds of thousands of pixels of dashed outline to paint on every frame.
    // (No array destructuring per event: the first draw runs this loop cold, where it costs.)
    const x0 = e.uncertain ? Math.max(xs(e.start), -SPAN_MARGIN) : x;
    const x1 = e.uncertain ? Math.min(xs(e.end), o.width + SPAN_MARGIN) : x;
    // The kept (selected) event is placed first, so it always has a lane when one is free.
    candidates.push({ index: e.index, x, x0, x1, labelWidth: o.labelWidth?.(e) ?? 0, weight: e === kept ? Infinity : eventWeight(e) });
  }
  const { boxes, overflow } = layoutLabels({ candidates, lanes: o.lanes, markWidth: o.markWidth, width: o.width, previous: o.previous, requireLabel: o.requireLabel });
  const marks: Frame['marks'] = boxes.map((m) => ({ ...m, item: byIndex(events, m.index) }));
  let rest = overflow.map((i) => candidates[i]);
  // The kept event never hides inside a group: it takes the overflow row itself.
  if (kept && rest.some((c) => c.index === kept.index)) {
    rest = rest.filter((c) => c.index !== kept.index);
    marks.push({ index: kept.index, x: xs(kept.at), x0: Math.max(xs(kept.start), -SPAN_MARGIN), x1: Math.min(xs(kept.end), o.width + SPAN_MARGIN), lane: o.lanes, labelRoom: 0, item: kept });
  }
  return { marks, rest };
}

function byIndex(events: readonly ChartEvent[], index: number): ChartEvent {
  // Events are in date order with increasing indices: find by binary search.
  let lo = 0;
  let hi = events.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return events[lo];
}

/**
 * Lays out the events visible through `xs`: binary search for the visible slice, then lanes
 * placed with their labels (label-layout.ts); what does not fit goes into counted groups on an
 * overflow row below the lanes, whose chips never overlap.
 */
export function computeFrame(model: TimelineModel, xs: ScaleLinear<number, number>, o: FrameOptions): Frame {
  const [d0, d1] = xs.domain();
  const [lo, hi] = visibleRange(model.events, d0, d1, model.reach);
  if (hi - lo > denseLimit(o)) return denseFrame(model, xs, o);
  const kept = o.keepId ? model.byId.get(o.keepId) : undefined;
  const { marks, rest } = laneFrame(model.events.slice(lo, hi), xs, o, kept);
  return { marks, groups: separateChips(groupByPixel(rest, o.groupWidth), o.width) };
}
