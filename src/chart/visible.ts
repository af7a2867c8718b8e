import { bisector } from 'd3-array';

/** The fields of an event the chart lays out: its id, kind and time, in date order. */
export interface Placed {
  index: number;
  at: number;
  start: number;
  end: number;
}

const byAt = bisector((p: Placed) => p.at);

/**
 * The index range [lo, hi) of date-sorted events that can touch the window [from, to],
 * found by binary search; `reach` is the widest span any event has, so spans entering from
 * the edges are kept.
 */
export function visibleRange(sorted: readonly Placed[], from: number, to: number, reach: number): [number, number] {
  return [byAt.left(sorted, from - reach), byAt.right(sorted, to + reach)];
}

/** The index of the first event drawn at or after `t` (binary search). */
export function indexAt(sorted: readonly Placed[], t: number): number {
  return byAt.left(sorted, t);
}

/** The index of the event drawn nearest to a time; -1 when there are none. */
export function nearestIndex(sorted: readonly Placed[], t: number): number {
  if (sorted.length === 0) return -1;
  const i = byAt.left(sorted, t);
  if (i <= 0) return 0;
  if (i >= sorted.length) return sorted.length - 1;
  return t - sorted[i - 1].at <= sorted[i].at - t ? i - 1 : i;
}
