import type { ScaleLinear } from 'd3-scale';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import { layoutLabels, type LabelCandidate } from './label-layout';
import { groupByPixel } from './layout';
import { separateChips, eventWeight, type Frame } from './frame';
import { visibleRange } from './visible';

/** The lane of the events that have none of the actors given a lane of their own. */
export const OTHERS = 'Others';

/**
 * The actors that get a lane: the most frequent among the events shown, at most `max` lanes in
 * all, the last one "Others" when some events have none of them (ties keep the data's order);
 * with `only` (the actors a filter names), just those.
 *
 * @example actorLanes(model, (e) => e.actors, 3) // ['Iran', 'Russia', 'Others']
 */
export function actorLanes(events: readonly ChartEvent[], actorsOf: (e: ChartEvent) => readonly string[], max: number, only: readonly string[] = []): string[] {
  // An actor filter: its actors' lanes only (every event shown has one of them).
  if (only.length) return capLanes(only, max);
  const counts = new Map<string, number>();
  for (const e of events) for (const a of actorsOf(e)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([a]) => a);
  // "Others" only when some event has none of the actors that got a lane.
  const top = new Set(ranked.slice(0, max));
  return events.every((e) => actorsOf(e).some((a) => top.has(a))) ? ranked.slice(0, max) : capLanes(ranked, max);
}

/** At most `max` lanes for the actors named: the rest share an "Others" lane. */
export function capLanes(actors: readonly string[], max: number): string[] {
  return actors.length <= max ? [...actors] : [...actors.slice(0, max - 1), OTHERS];
}

export interface ActorFrameOptions {
  width: number;
  markWidth: number;
  groupWidth: number;
  /** The actor of each lane, top to bottom (OTHERS for the rest). */
  lanes: readonly string[];
  actorsOf: (e: ChartEvent) => readonly string[];
  labelWidth: (e: ChartEvent) => number;
  keepId?: string | null;
  /** The width of each lane's name at the plot's left edge: marks and labels keep clear of it. */
  nameWidth?: (actor: string) => number;
}

/**
 * Lanes by actor: each lane holds the events of its actor (an event with several actors is drawn
 * in each of their lanes, one mark per lane, keyed `id@lane`), laid out with their labels as in
 * the packed view; what does not fit in its lane is counted in chips on the overflow row (each
 * event once). Pure, like computeFrame.
 */
export function actorFrame(model: TimelineModel, xs: ScaleLinear<number, number>, o: ActorFrameOptions): Frame {
  const [d0, d1] = xs.domain();
  const [lo, hi] = visibleRange(model.events, d0, d1, model.reach);
  const laneOf = new Map(o.lanes.map((a, i) => [a, i]));
  const others = laneOf.get(OTHERS);
  const perLane: LabelCandidate[][] = o.lanes.map(() => []);
  const byIndex = new Map<number, ChartEvent>();
  for (let i = lo; i < hi; i++) {
    const e = model.events[i];
    if (e.end < d0 || e.start > d1) continue;
    byIndex.set(e.index, e);
    const x = xs(e.at);
    const [x0, x1] = e.uncertain ? [Math.max(xs(e.start), -40), Math.min(xs(e.end), o.width + 40)] : [x, x];
    const candidate = { index: e.index, x, x0, x1, labelWidth: o.labelWidth(e), weight: e.event.id === o.keepId ? Infinity : eventWeight(e) };
    let placed = false;
    for (const a of o.actorsOf(e)) {
      const lane = laneOf.get(a);
      if (lane === undefined || lane === others) continue;
      perLane[lane].push(candidate);
      placed = true;
    }
    if (!placed && others !== undefined) perLane[others].push(candidate);
  }
  const marks: Frame['marks'] = [];
  const overflow = new Map<number, { index: number; x: number }>();
  perLane.forEach((candidates, lane) => {
    const reserved = o.nameWidth ? o.nameWidth(o.lanes[lane]) + 6 : 0;
    const { boxes, overflow: rest } = layoutLabels({ candidates, lanes: 1, markWidth: o.markWidth, width: o.width, reserved });
    for (const b of boxes) marks.push({ ...b, lane, key: `${byIndex.get(b.index)!.event.id}@${lane}`, item: byIndex.get(b.index)! });
    for (const r of rest) overflow.set(candidates[r].index, { index: candidates[r].index, x: candidates[r].x });
  });
  // An event drawn in some lane is not counted again in a chip.
  for (const m of marks) overflow.delete(m.index);
  const rest = [...overflow.values()].sort((a, b) => a.index - b.index);
  return { marks, groups: separateChips(groupByPixel(rest, o.groupWidth), o.width) };
}
