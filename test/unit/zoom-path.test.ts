import fc from 'fast-check';
import { ZoomTransform, zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { easeCubicInOut, scaledAbout, zoomPath } from '../../src/chart/zoom-path';

const WIDTH = 1280;
/** A zoom transform of a horizontal timeline: a scale from 1 to 10,000 and a translation along x. */
const transform = fc
  .record({ k: fc.double({ min: 1, max: 10_000, noNaN: true }), x: fc.double({ min: -1e7, max: 1e3, noNaN: true }) })
  .map(({ k, x }) => new ZoomTransform(k, x, 0));
const point = fc.double({ min: 0, max: WIDTH, noNaN: true }).map((x) => [x, 0] as const);
const step = fc.double({ min: 0, max: 1, noNaN: true });

/** Two positions or scales agree to a millionth of the view (the path goes through floating-point view widths). */
function near(a: number, b: number, scale = WIDTH): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(scale, Math.abs(a), Math.abs(b));
}

describe('zoomPath', () => {
  it('starts at the transform it leaves and ends exactly on the one it goes to', () => {
    fc.assert(
      fc.property(transform, transform, point, (a, b, p) => {
        const path = zoomPath(a, b, p, WIDTH);
        const start = path(0);
        expect(near(start.k, a.k, 1) && near(start.x, a.x)).toBe(true);
        expect(path(1)).toBe(b);
      }),
    );
  });

  it('keeps the time under the point still all the way when the zoom is about that point', () => {
    fc.assert(
      fc.property(transform, fc.double({ min: 0.01, max: 100, noNaN: true }), point, step, (a, factor, p, t) => {
        const [at] = a.invert([p[0], 0]);
        const k = a.k * factor;
        const b = new ZoomTransform(k, p[0] - at * k, 0);
        const [under] = zoomPath(a, b, p, WIDTH)(t).invert([p[0], 0]);
        expect(near(under, at)).toBe(true);
      }),
    );
  });

  it('never leaves the horizontal axis (the chart ignores y)', () => {
    fc.assert(
      fc.property(transform, transform, point, step, (a, b, p, t) => {
        expect(Math.abs(zoomPath(a, b, p, WIDTH)(t).y)).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('scaledAbout', () => {
  it('scales by the factor within the limits and keeps the time under the point', () => {
    fc.assert(
      fc.property(transform, fc.double({ min: 0.01, max: 100, noNaN: true }), point, (a, factor, p) => {
        const t = scaledAbout(a, factor, p, [1, 5000], (x) => x);
        expect(near(t.k, Math.min(5000, Math.max(1, a.k * factor)), 1)).toBe(true);
        expect(near(t.invert([p[0], 0])[0], a.invert([p[0], 0])[0])).toBe(true);
      }),
    );
  });

  it('hands its result to constrain and returns what constrain gives', () => {
    const kept = zoomIdentity.translate(-5, 0).scale(2);
    let seen: ZoomTransform | null = null;
    const t = scaledAbout(zoomIdentity, 2, [100, 0], [1, 10], (x) => ((seen = x), kept));
    expect(t).toBe(kept);
    expect(seen!.k).toBe(2);
    expect(seen!.x).toBe(-100);
  });
});

describe('easeCubicInOut', () => {
  it('goes from 0 to 1, never backwards, symmetric about the middle', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(1)).toBe(1);
    fc.assert(
      fc.property(step, step, (s, t) => {
        const [lo, hi] = s <= t ? [s, t] : [t, s];
        expect(easeCubicInOut(lo)).toBeLessThanOrEqual(easeCubicInOut(hi));
        expect(easeCubicInOut(1 - s)).toBeCloseTo(1 - easeCubicInOut(s), 12);
      }),
    );
  });
});
