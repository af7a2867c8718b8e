import type { TimeWindow } from './view-window';

/** How many events fall in each of `counts.length` equal-width bins of time over `domain`. */
export interface Density {
  domain: TimeWindow;
  counts: Uint32Array;
  /** The largest count (0 when every bin is empty): the top of the histogram. */
  max: number;
}

/**
 * The first index in [lo, length) whose event is drawn at or after `t` (or after it, when
 * `after`): a plain binary search, as `indexAt` in visible.ts, without an accessor call per step.
 */
function search(sorted: readonly { at: number }[], t: number, lo: number, after: boolean): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid].at;
    if (at < t || (after && at === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where bin `i` of `n` over `domain` starts (bin `n` gives the domain's end). Bins are
 * half-open, [edge(i), edge(i + 1)), except the last, which also keeps the domain's end; an
 * event exactly on an inner edge belongs to the later bin.
 *
 * @example binEdge([0, 100], 4, 1) // 25
 */
export function binEdge([from, to]: TimeWindow, n: number, i: number): number {
  return i >= n ? to : from + ((to - from) * i) / n;
}

/**
 * Counts date-sorted events (by the point each is drawn at, `at`) into `n` equal-width bins over
 * `domain`, by one binary search per bin edge: O(n log events), so it stays cheap at 100,000
 * events. Events outside the domain are not counted. An empty or backwards domain, or a
 * non-positive `n`, gives empty bins (no bins for `n` < 1).
 *
 * @example densityBins([{ at: 1 }, { at: 3 }, { at: 3 }], [0, 4], 2).counts // Uint32Array [1, 2]
 */
export function densityBins(sorted: readonly { at: number }[], domain: TimeWindow, n: number): Density {
  const bins = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  const counts = new Uint32Array(bins);
  const [from, to] = domain;
  let max = 0;
  if (bins === 0 || !(to >= from)) return { domain, counts, max };
  let lo = search(sorted, from, 0, false);
  for (let i = 0; i < bins; i++) {
    // The last bin is closed, so an event at the domain's end is counted.
    const hi = i === bins - 1 ? search(sorted, to, lo, true) : search(sorted, binEdge(domain, bins, i + 1), lo, false);
    counts[i] = hi - lo;
    if (hi - lo > max) max = hi - lo;
    lo = hi;
  }
  return { domain, counts, max };
}
