import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { ScaleLinear } from 'd3-scale';

/** A window of time in UTC milliseconds, [from, to]. */
export type TimeWindow = [number, number];

/** The whole span the chart shows: the data's extent with a margin (4 %, at least three days) on each side. */
export function fullDomain([lo, hi]: readonly [number, number]): TimeWindow {
  const pad = Math.max((hi - lo) * 0.04, 3 * 86_400_000);
  return [lo - pad, hi + pad];
}

/**
 * The zoom transform that shows `window` across the base scale's range, clamped to `maxK`.
 * The bridge between dates (what links and state hold) and pixels (what d3-zoom holds).
 */
export function windowToTransform(base: ScaleLinear<number, number>, [from, to]: TimeWindow, maxK: number): ZoomTransform {
  const [r0, r1] = base.range();
  const x0 = base(from);
  const x1 = base(to);
  const k = Math.max(1, Math.min(maxK, (r1 - r0) / Math.max(1e-9, x1 - x0)));
  const mid = (x0 + x1) / 2;
  return zoomIdentity.translate((r0 + r1) / 2 - mid * k, 0).scale(k);
}

/** The window of time a transform shows on the base scale. */
export function transformToWindow(base: ScaleLinear<number, number>, t: ZoomTransform): TimeWindow {
  const [r0, r1] = base.range();
  const xs = t.rescaleX(base);
  return [xs.invert(r0), xs.invert(r1)];
}
