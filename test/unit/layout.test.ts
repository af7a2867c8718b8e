import { describe, expect, it } from 'vitest';
import { groupByPixel, layoutLanes, type MarkBox } from '../../src/chart/layout';

const point = (index: number, x: number) => ({ index, x, x0: x, x1: x });
const span = (index: number, x: number, x0: number, x1: number) => ({ index, x, x0, x1 });

/** The pixels a box occupies in its lane: its mark, widened by its span. */
const extentOf = (b: MarkBox, markWidth: number) => [Math.min(b.x0, b.x - markWidth / 2), Math.max(b.x1, b.x + markWidth / 2)];

describe('layoutLanes', () => {
  it('layoutLanes puts each mark in the first lane that is free', () => {
    const { boxes, overflow } = layoutLanes({ xs: [point(0, 10), point(1, 12), point(2, 40)], lanes: 3, markWidth: 16, width: 100 });
    expect(boxes.map((b) => [b.index, b.lane])).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
    ]);
    expect(overflow).toEqual([]);
  });

  it('layoutLanes never overlaps two marks in the same lane', () => {
    const markWidth = 16;
    // A deterministic, dense, date-ordered scatter of points and spans.
    const xs = Array.from({ length: 200 }, (_, i) => {
      const x = i * 3 + ((i * 7) % 5);
      return i % 9 === 0 ? span(i, x, x - 20, x + 25) : point(i, x);
    });
    const { boxes, overflow } = layoutLanes({ xs, lanes: 4, markWidth, width: 700 });
    expect(boxes.length).toBeGreaterThan(0);
    expect(overflow.length).toBeGreaterThan(0);
    for (let lane = 0; lane < 4; lane++) {
      const inLane = boxes.filter((b) => b.lane === lane);
      for (let i = 1; i < inLane.length; i++) {
        const [, prevRight] = extentOf(inLane[i - 1], markWidth);
        const [left] = extentOf(inLane[i], markWidth);
        expect(left).toBeGreaterThanOrEqual(prevRight);
      }
    }
  });

  it('layoutLanes keeps a span blocking its lane until the span ends', () => {
    const { boxes } = layoutLanes({
      xs: [span(0, 100, 0, 200), point(1, 150), point(2, 250)],
      lanes: 3,
      markWidth: 16,
      width: 400,
    });
    expect(boxes.map((b) => b.lane)).toEqual([0, 1, 0]);
  });

  it('layoutLanes starts a span at its left edge, not at its mark', () => {
    // The second span's mark is far right of the first mark, but its span reaches back over it.
    const { boxes } = layoutLanes({ xs: [point(0, 50), span(1, 120, 40, 200)], lanes: 2, markWidth: 16, width: 400 });
    expect(boxes.map((b) => b.lane)).toEqual([0, 1]);
  });

  it('layoutLanes returns the positions in its input of marks that fit in no lane', () => {
    const xs = [10, 11, 12, 13, 14].map((x, i) => point(100 + i, x));
    const { boxes, overflow } = layoutLanes({ xs, lanes: 3, markWidth: 16, width: 100 });
    expect(boxes.map((b) => b.index)).toEqual([100, 101, 102]);
    expect(overflow).toEqual([3, 4]);
  });

  it('layoutLanes with no lanes overflows everything', () => {
    const { boxes, overflow } = layoutLanes({ xs: [point(0, 10), point(1, 300)], lanes: 0, markWidth: 16, width: 400 });
    expect(boxes).toEqual([]);
    expect(overflow).toEqual([0, 1]);
  });

  it('layoutLanes gives a label the room up to the next mark in its lane, and the last one room to the edge', () => {
    const { boxes } = layoutLanes({ xs: [point(0, 10), point(1, 100)], lanes: 1, markWidth: 16, width: 500 });
    // Up to the next mark's left edge (100 - 8), minus this mark's right half (8) and a 4 px gap.
    expect(boxes[0].labelRoom).toBe(100 - 8 - 10 - 8 - 4);
    expect(boxes[1].labelRoom).toBe(500 - 100 - 8);
  });

  it('layoutLanes measures label room within the lane, ignoring marks in other lanes', () => {
    const { boxes } = layoutLanes({ xs: [point(0, 10), point(1, 12), point(2, 300)], lanes: 2, markWidth: 16, width: 500 });
    const [a, b, c] = boxes;
    expect([a.lane, b.lane, c.lane]).toEqual([0, 1, 0]);
    expect(a.labelRoom).toBe(300 - 8 - 10 - 8 - 4);
    expect(b.labelRoom).toBe(500 - 12 - 8);
  });

  it('layoutLanes never gives negative label room', () => {
    const { boxes } = layoutLanes({ xs: [point(0, 495)], lanes: 1, markWidth: 16, width: 500 });
    expect(boxes[0].labelRoom).toBe(0);
  });

  it('layoutLanes does not change its input', () => {
    const xs = [point(0, 10), span(1, 50, 20, 80)];
    const copy = structuredClone(xs);
    layoutLanes({ xs, lanes: 2, markWidth: 16, width: 100 });
    expect(xs).toEqual(copy);
  });
});

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
