import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOUCH_SLOP, touchIntent } from '../../src/chart/touch-intent';

describe('touchIntent', () => {
  it('touchIntent waits while the finger has moved less than the slop (a tap)', () => {
    expect(touchIntent(0, 0)).toBe('undecided');
    expect(touchIntent(6, -6)).toBe('undecided');
  });

  it('touchIntent pans on a clearly horizontal move and scrolls on a vertical or diagonal one', () => {
    expect(touchIntent(-30, 4)).toBe('pan');
    expect(touchIntent(0, -40)).toBe('scroll');
    expect(touchIntent(20, 18)).toBe('scroll');
  });

  it('touchIntent never takes a mostly vertical swipe from the page, whatever its length', () => {
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true }), (dx, dy) => {
        const intent = touchIntent(dx, dy);
        if (Math.abs(dy) >= Math.abs(dx) && Math.hypot(dx, dy) >= TOUCH_SLOP) expect(intent).toBe('scroll');
        if (intent === 'pan') expect(Math.abs(dx)).toBeGreaterThan(Math.abs(dy));
      }),
    );
  });
});
