import { interpolateZoom } from 'd3-interpolate';
import { ZoomTransform } from 'd3-zoom';

/**
 * The smooth path from one zoom transform to another, as d3-zoom's own animated zooms take it
 * (van Wijk and Nuij's, d3-interpolate's `interpolateZoom`): `t` from 0 to 1 gives the
 * transform on the way, the point `p` (in view pixels) moving as little as it can, `width` the
 * view's width. Pure. At 1 it is `to` itself, not a rounded copy.
 *
 * @example zoomPath(zoomIdentity, zoomIdentity.scale(4), [640, 0], 1280)(0.5) // half-way, by view width
 */
export function zoomPath(from: ZoomTransform, to: ZoomTransform, p: readonly [number, number], width: number): (t: number) => ZoomTransform {
  const a = from.invert([p[0], p[1]]);
  const b = to.invert([p[0], p[1]]);
  const va: [number, number, number] = [a[0], a[1], width / from.k];
  const vb: [number, number, number] = [b[0], b[1], width / to.k];
  let i: (t: number) => number[] = interpolateZoom(va, vb);
  // interpolateZoom loses all precision (NaN) when the two centres almost coincide, or are very
  // far apart for the widths: then the view's width changes geometrically and its centre linearly.
  if (!i(0.5).every(Number.isFinite)) i = (t) => [va[0] + (vb[0] - va[0]) * t, va[1] + (vb[1] - va[1]) * t, va[2] * (vb[2] / va[2]) ** t];
  return (t) => {
    if (t >= 1) return to;
    const [x, y, w] = i(t);
    const k = width / w;
    return new ZoomTransform(k, p[0] - x * k, p[1] - y * k);
  };
}

/** d3's default easing for transitions (cubic in and out): slow at both ends. */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/**
 * Where a zoom by `factor` about the view point `p` lands, as d3-zoom's `scaleBy` would put it:
 * the scale kept within `[kMin, kMax]`, the time under `p` kept under it, then `constrain`ed
 * (the behaviour's `zoom.constrain()` bound to its extents). Pure.
 */
export function scaledAbout(
  t: ZoomTransform,
  factor: number,
  p: readonly [number, number],
  [kMin, kMax]: readonly [number, number],
  constrain: (t: ZoomTransform) => ZoomTransform,
): ZoomTransform {
  const k = Math.max(kMin, Math.min(kMax, t.k * factor));
  const [x, y] = t.invert([p[0], p[1]]);
  return constrain(new ZoomTransform(k, p[0] - x * k, p[1] - y * k));
}
