import type { ScaleLinear } from 'd3-scale';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import { groupByPixel, layoutLanes, type Group, type MarkBox } from './layout';
import { indexAt, visibleRange } from './visible';

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
}

/**
 * Above this many events in view, lanes cannot hold even half of them: count them per pixel
 * bin instead, which keeps each frame cheap however many events there are.
 */
export function denseLimit(o: Pick<FrameOptions, 'lanes' | 'width' | 'markWidth'>): number {
  return 2 * o.lanes * Math.ceil(o.width / o.markWidth);
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
  const kept = o.keepId ? model.byId.get(o.keepId) : undefined;
  const marks: Frame['marks'] = [];
  if (kept) marks.push({ index: kept.index, x: xs(kept.at), x0: xs(kept.start), x1: xs(kept.end), lane: 0, labelRoom: 0, item: kept });
  return { marks, groups };
}

/**
 * Lays out the events visible through `xs`: binary search for the visible slice, then lanes;
 * what does not fit goes into counted pixel groups on an overflow row below the lanes.
 */
export function computeFrame(model: TimelineModel, xs: ScaleLinear<number, number>, o: FrameOptions): Frame {
  const [d0, d1] = xs.domain();
  const [lo, hi] = visibleRange(model.events, d0, d1, model.reach);
  if (hi - lo > denseLimit(o)) return denseFrame(model, xs, o);
  const xsOf = (e: ChartEvent) => ({ index: e.index, x: xs(e.at), x0: xs(e.start), x1: xs(e.end) });
  const candidates: { index: number; x: number; x0: number; x1: number }[] = [];
  for (let i = lo; i < hi; i++) {
    const e = model.events[i];
    if (e.end < d0 || e.start > d1) continue;
    const p = xsOf(e);
    // A certain (day) event is drawn at a point: drop its day-wide span from the layout.
    if (!e.uncertain) p.x0 = p.x1 = p.x;
    candidates.push(p);
  }
  const { boxes, overflow } = layoutLanes({ xs: candidates, lanes: o.lanes, markWidth: o.markWidth, width: o.width });
  const marks: Frame['marks'] = boxes.map((m) => ({ ...m, item: model.events[m.index] }));
  const kept = o.keepId ? model.byId.get(o.keepId) : undefined;
  const rest = overflow.map((i) => candidates[i]).filter((c) => c.index !== kept?.index);
  // The kept event never hides inside a group: it takes the overflow row itself.
  if (kept && rest.length < overflow.length) marks.push({ ...xsOf(kept), lane: o.lanes, labelRoom: 0, item: kept });
  return { marks, groups: groupByPixel(rest, o.groupWidth) };
}
