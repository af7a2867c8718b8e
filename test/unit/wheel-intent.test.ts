import { describe, expect, it } from 'vitest';
import { panDelta, wheelIntent, zoomExponent } from '../../src/chart/wheel-intent';

const wheel = (over: Partial<Pick<WheelEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'deltaX' | 'deltaY' | 'deltaMode'>> = {}) => ({
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ...over,
});

describe('wheelIntent', () => {
  it('wheelIntent zooms on Ctrl + wheel, which is also how browsers send a pinch', () => {
    expect(wheelIntent(wheel({ ctrlKey: true, deltaY: 100 }))).toBe('zoom');
  });

  it('wheelIntent zooms on Cmd (meta) + wheel', () => {
    expect(wheelIntent(wheel({ metaKey: true, deltaY: -3 }))).toBe('zoom');
  });

  it('wheelIntent zooms on Ctrl even when Shift is held or the wheel is horizontal', () => {
    expect(wheelIntent(wheel({ ctrlKey: true, shiftKey: true, deltaY: 100 }))).toBe('zoom');
    expect(wheelIntent(wheel({ ctrlKey: true, deltaX: 100 }))).toBe('zoom');
  });

  it('wheelIntent pans on Shift + vertical wheel', () => {
    expect(wheelIntent(wheel({ shiftKey: true, deltaY: 100 }))).toBe('pan');
  });

  it('wheelIntent pans on a mostly horizontal wheel', () => {
    expect(wheelIntent(wheel({ deltaX: 40, deltaY: 10 }))).toBe('pan');
    expect(wheelIntent(wheel({ deltaX: -40, deltaY: 10 }))).toBe('pan');
  });

  it('wheelIntent leaves a plain vertical wheel to scroll the page', () => {
    expect(wheelIntent(wheel({ deltaY: 100 }))).toBe('scroll');
    expect(wheelIntent(wheel({ deltaX: 10, deltaY: -40 }))).toBe('scroll');
  });

  it('wheelIntent scrolls on a diagonal wheel that is no more horizontal than vertical', () => {
    expect(wheelIntent(wheel({ deltaX: 30, deltaY: 30 }))).toBe('scroll');
  });
});

describe('panDelta', () => {
  it('panDelta uses the horizontal delta of a mostly horizontal wheel, in pixels for deltaMode 0', () => {
    expect(panDelta(wheel({ deltaX: 40, deltaY: 10 }))).toBe(40);
    expect(panDelta(wheel({ deltaX: -25, deltaY: 3 }))).toBe(-25);
  });

  it('panDelta turns a Shift + vertical wheel into a horizontal move', () => {
    expect(panDelta(wheel({ shiftKey: true, deltaY: 100 }))).toBe(100);
  });

  it('panDelta prefers the horizontal delta even with Shift held', () => {
    expect(panDelta(wheel({ shiftKey: true, deltaX: 50, deltaY: 5 }))).toBe(50);
  });

  it('panDelta is zero for a plain vertical wheel', () => {
    expect(panDelta(wheel({ deltaY: 100 }))).toBe(0);
  });

  it('panDelta counts a line as 16 pixels for deltaMode 1', () => {
    expect(panDelta(wheel({ deltaX: 3, deltaMode: 1 }))).toBe(48);
    expect(panDelta(wheel({ shiftKey: true, deltaY: -2, deltaMode: 1 }))).toBe(-32);
  });

  it('panDelta counts a page as 400 pixels for deltaMode 2', () => {
    expect(panDelta(wheel({ deltaX: 1, deltaMode: 2 }))).toBe(400);
    expect(panDelta(wheel({ shiftKey: true, deltaY: -1, deltaMode: 2 }))).toBe(-400);
  });
});

describe('zoomExponent', () => {
  it('zoomExponent zooms a mouse-wheel notch by about 1.25×, in or out, whatever the delta mode', () => {
    for (const e of [
      { deltaY: -100, deltaMode: 0 },
      { deltaY: -120, deltaMode: 0 },
      { deltaY: -3, deltaMode: 1 },
      { deltaY: -1, deltaMode: 2 },
    ]) {
      expect(2 ** zoomExponent(e)).toBeGreaterThan(1.2);
      expect(2 ** zoomExponent(e)).toBeLessThanOrEqual(1.2500001);
      expect(2 ** zoomExponent({ ...e, deltaY: -e.deltaY })).toBeCloseTo(1 / 2 ** zoomExponent(e), 9);
    }
  });

  it('zoomExponent follows a trackpad pinch proportionally', () => {
    expect(zoomExponent({ deltaY: -2, deltaMode: 0 })).toBeCloseTo(0.02, 9);
    expect(zoomExponent({ deltaY: -10, deltaMode: 0 })).toBeCloseTo(5 * zoomExponent({ deltaY: -2, deltaMode: 0 }), 9);
    expect(zoomExponent({ deltaY: 0, deltaMode: 0 })).toBe(-0);
  });
});
