import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeGlance } from '../../src/chart/card-placement';

const plot = { left: 0, top: 40, right: 800, bottom: 260 };
const lane = (y: number) => ({ top: y - 15, bottom: y + 15 });
const mark = (x: number, y: number) => ({ left: x - 10, right: x + 10, top: y - 10, bottom: y + 10 });

describe('placeGlance', () => {
  it('placeGlance puts the card below a lane in the upper half and above one in the lower half', () => {
    const card = { width: 200, height: 90 };
    expect(placeGlance(mark(400, 70), lane(70), plot, card).y).toBe(91);
    expect(placeGlance(mark(400, 220), lane(220), plot, card).y).toBe(220 - 15 - 6 - 90);
  });

  it('placeGlance centres the card on the mark and keeps it inside the plot at the edges', () => {
    const card = { width: 200, height: 90 };
    expect(placeGlance(mark(400, 70), lane(70), plot, card).x).toBe(300);
    expect(placeGlance(mark(5, 70), lane(70), plot, card).x).toBe(4);
    expect(placeGlance(mark(795, 70), lane(70), plot, card).x).toBe(596);
  });

  it('placeGlance never covers the lane the pointer moves along', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 55, max: 245 }), fc.integer({ min: 40, max: 300 }), fc.integer({ min: 30, max: 160 }), (x, y, w, h) => {
        const l = lane(y);
        const p = placeGlance(mark(x, y), l, plot, { width: w, height: h });
        expect(p.y + h <= l.top || p.y >= l.bottom).toBe(true);
        expect(p.x).toBeGreaterThanOrEqual(plot.left);
        expect(p.x + w).toBeLessThanOrEqual(Math.max(plot.right, plot.left + 4 + w));
      }),
    );
  });
});
