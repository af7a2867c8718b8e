import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brushKey, centreWindow, clampWindow, moveWindow, resizeWindow, type BrushLimits } from '../../src/chart/brush-window';

const limits: BrushLimits = { domain: [0, 100], minSpan: 5 };

describe('brush-window', () => {
  it('clampWindow widens a too-narrow window to minSpan about its centre', () => {
    expect(clampWindow([50, 51], limits)).toEqual([48, 53]);
  });

  it('clampWindow slides a window back inside the domain, and caps it at the whole domain', () => {
    expect(clampWindow([90, 110], limits)).toEqual([80, 100]);
    expect(clampWindow([-50, 200], limits)).toEqual([0, 100]);
  });

  it('moveWindow keeps the width and stops at either end', () => {
    expect(moveWindow([10, 30], 5, limits)).toEqual([15, 35]);
    expect(moveWindow([10, 30], -50, limits)).toEqual([0, 20]);
    expect(moveWindow([10, 30], 500, limits)).toEqual([80, 100]);
  });

  it('resizeWindow moves one edge, never past minSpan from the other nor out of the domain', () => {
    expect(resizeWindow([10, 30], 0, 2, limits)).toEqual([2, 30]);
    expect(resizeWindow([10, 30], 0, 29, limits)).toEqual([25, 30]);
    expect(resizeWindow([10, 30], 0, -9, limits)).toEqual([0, 30]);
    expect(resizeWindow([10, 30], 1, 11, limits)).toEqual([10, 15]);
    expect(resizeWindow([10, 30], 1, 140, limits)).toEqual([10, 100]);
  });

  it('centreWindow centres the window on a time as far as the domain allows', () => {
    expect(centreWindow([0, 20], 50, limits)).toEqual([40, 60]);
    expect(centreWindow([0, 20], 99, limits)).toEqual([80, 100]);
  });

  it('brushKey moves by a tenth of the window, or a whole one with Shift or PageUp/PageDown', () => {
    expect(brushKey('ArrowRight', false, [10, 30], limits)).toEqual([12, 32]);
    expect(brushKey('ArrowLeft', false, [10, 30], limits)).toEqual([8, 28]);
    expect(brushKey('ArrowRight', true, [10, 30], limits)).toEqual([30, 50]);
    expect(brushKey('PageDown', false, [30, 50], limits)).toEqual([10, 30]);
    expect(brushKey('PageUp', false, [30, 50], limits)).toEqual([50, 70]);
  });

  it('brushKey goes to the ends with Home and End', () => {
    expect(brushKey('Home', false, [30, 50], limits)).toEqual([0, 20]);
    expect(brushKey('End', false, [30, 50], limits)).toEqual([80, 100]);
  });

  it('brushKey narrows with + and widens with - about the centre, within the limits', () => {
    expect(brushKey('+', false, [20, 50], limits)).toEqual([25, 45]);
    expect(brushKey('-', false, [25, 45], limits)).toEqual([20, 50]);
    expect(brushKey('+', false, [40, 46], limits)).toEqual([40.5, 45.5]);
    expect(brushKey('-', false, [0, 90], limits)).toEqual([0, 100]);
  });

  it('brushKey ignores other keys', () => {
    expect(brushKey('a', false, [0, 10], limits)).toBeNull();
  });

  it('every brush operation keeps the window inside the domain and at least minSpan wide (property)', () => {
    const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', '+', '-'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 5, max: 100 }),
        fc.constantFrom(...keys),
        fc.boolean(),
        fc.integer({ min: -200, max: 200 }),
        fc.constantFrom<0 | 1>(0, 1),
        (a, span, key, shift, t, edge) => {
          const w = clampWindow([a, a + span], limits);
          for (const [x, y] of [brushKey(key, shift, w, limits)!, moveWindow(w, t, limits), resizeWindow(w, edge, t, limits), centreWindow(w, t, limits)]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(100);
            expect(y - x).toBeGreaterThanOrEqual(5 - 1e-9);
          }
        },
      ),
    );
  });
});
