import type { ScaleLinear } from 'd3-scale';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import { groupByPixel, layoutLanes, type Group, type MarkBox } from './layout';
import { visibleRange } from './visible';

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
 * Lays out the events visible through `xs`: binary search for the visible slice, then lanes;
 * what does not fit goes into counted pixel groups on an overflow row below the lanes.
 */
export function computeFrame(model: TimelineModel, xs: ScaleLinear<number, number>, o: FrameOptions): Frame {
  const [d0, d1] = xs.domain();
  const [lo, hi] = visibleRange(model.events, d0, d1, model.reach);
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
