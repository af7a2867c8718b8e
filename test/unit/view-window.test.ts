import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { transformToWindow, windowToTransform, type TimeWindow } from '../../src/chart/view-window';

const d0 = Date.UTC(2022, 0, 1);
const d1 = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;

/** Two windows agree to within a millisecond (the round trip goes through floating-point pixels). */
function expectWindow(actual: TimeWindow, expected: TimeWindow) {
  expect(Math.abs(actual[0] - expected[0])).toBeLessThan(1);
  expect(Math.abs(actual[1] - expected[1])).toBeLessThan(1);
}

describe('windowToTransform and transformToWindow', () => {
  for (const range of [
    [0, 800],
    [20, 820],
  ]) {
    const base = scaleLinear().domain([d0, d1]).range(range);

    it(`transformToWindow undoes windowToTransform for a window inside the domain (range ${range})`, () => {
      const w: TimeWindow = [Date.UTC(2022, 5, 1), Date.UTC(2022, 8, 1)];
      expectWindow(transformToWindow(base, windowToTransform(base, w, 1000)), w);
    });

    it(`windowToTransform of the whole domain is the identity (range ${range})`, () => {
      const t = windowToTransform(base, [d0, d1], 1000);
      expect(t.k).toBeCloseTo(1, 12);
      expect(t.x).toBeCloseTo(0, 6);
      expect(t.y).toBe(0);
    });
  }

  const base = scaleLinear().domain([d0, d1]).range([0, 800]);

  it('windowToTransform zooms in by how much narrower the window is than the domain', () => {
    const t = windowToTransform(base, [Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1)], 1000);
    expect(t.k).toBeCloseTo((d1 - d0) / (Date.UTC(2022, 3, 1) - Date.UTC(2022, 0, 1)), 9);
  });

  it('windowToTransform clamps the zoom to maxK, keeping the window centred', () => {
    const mid = Date.UTC(2023, 2, 15);
    const t = windowToTransform(base, [mid - HOUR, mid + HOUR], 50);
    expect(t.k).toBe(50);
    const half = (d1 - d0) / 50 / 2;
    expectWindow(transformToWindow(base, t), [mid - half, mid + half]);
  });

  it('windowToTransform never zooms out below k = 1, keeping the window centred', () => {
    const w: TimeWindow = [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)];
    const t = windowToTransform(base, w, 1000);
    expect(t.k).toBe(1);
    const mid = (w[0] + w[1]) / 2;
    const half = (d1 - d0) / 2;
    expectWindow(transformToWindow(base, t), [mid - half, mid + half]);
  });

  it('windowToTransform of an empty window zooms in as far as maxK allows', () => {
    const t = windowToTransform(base, [Date.UTC(2023, 0, 1), Date.UTC(2023, 0, 1)], 200);
    expect(t.k).toBe(200);
  });

  it('transformToWindow of the identity transform is the base domain', () => {
    expect(transformToWindow(base, zoomIdentity)).toEqual([d0, d1]);
  });

  it('windowToTransform does not change the base scale', () => {
    windowToTransform(base, [Date.UTC(2022, 5, 1), Date.UTC(2022, 8, 1)], 1000);
    expect(base.domain()).toEqual([d0, d1]);
    expect(base.range()).toEqual([0, 800]);
  });
});
