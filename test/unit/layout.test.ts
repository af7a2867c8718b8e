import { describe, expect, it } from 'vitest';
import { groupByPixel } from '../../src/chart/layout';

describe('groupByPixel', () => {
  it('groupByPixel bins marks by pixel and counts each bin', () => {
    const xs = [1, 5, 29, 30, 31, 95].map((x, i) => ({ index: i, x }));
    const groups = groupByPixel(xs, 30);
    expect(groups.map((g) => g.count)).toEqual([3, 2, 1]);
    expect(groups.map((g) => [g.from, g.to])).toEqual([
      [1, 29],
      [30, 31],
      [95, 95],
    ]);
  });

  it('groupByPixel centres each group between its first and last mark', () => {
    const groups = groupByPixel([1, 5, 29, 30, 31].map((x, i) => ({ index: i, x })), 30);
    expect(groups.map((g) => g.x)).toEqual([15, 30.5]);
  });

  it('groupByPixel gives each group the event index range [lo, hi) it covers', () => {
    const xs = [
      { index: 10, x: 2 },
      { index: 11, x: 3 },
      { index: 14, x: 20 },
      { index: 15, x: 40 },
      { index: 17, x: 50 },
    ];
    expect(groupByPixel(xs, 30).map((g) => [g.lo, g.hi])).toEqual([
      [10, 15],
      [15, 18],
    ]);
  });

  it('groupByPixel counts every input exactly once', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => ({ index: i, x: i * 0.37 }));
    const groups = groupByPixel(xs, 30);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(1000);
    expect(groups).toHaveLength(Math.floor(999 * 0.37 / 30) + 1);
  });

  it('groupByPixel of nothing is no groups', () => {
    expect(groupByPixel([], 30)).toEqual([]);
  });
});
