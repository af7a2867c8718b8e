import { describe, expect, it } from 'vitest';
import { nearestIndex, visibleRange, type Placed } from '../../src/chart/visible';

const placed = (ats: number[]): Placed[] => ats.map((at, index) => ({ index, at, start: at, end: at }));

describe('visibleRange', () => {
  const sorted = placed([10, 20, 30, 40, 50]);

  it('visibleRange gives the half-open index range of events drawn inside the window', () => {
    expect(visibleRange(sorted, 15, 35, 0)).toEqual([1, 3]);
  });

  it('visibleRange includes events exactly on either edge of the window', () => {
    expect(visibleRange(sorted, 20, 40, 0)).toEqual([1, 4]);
  });

  it('visibleRange widens the window by reach, so spans entering from the edges are kept', () => {
    expect(visibleRange(sorted, 22, 28, 0)).toEqual([2, 2]);
    expect(visibleRange(sorted, 22, 28, 5)).toEqual([1, 3]);
  });

  it('visibleRange is empty for a window before or after all events', () => {
    expect(visibleRange(sorted, 0, 5, 0)).toEqual([0, 0]);
    expect(visibleRange(sorted, 60, 70, 0)).toEqual([5, 5]);
  });

  it('visibleRange keeps every event of a run that shares one time', () => {
    expect(visibleRange(placed([10, 20, 20, 20, 30]), 20, 20, 0)).toEqual([1, 4]);
  });
});

describe('nearestIndex', () => {
  it('nearestIndex is -1 when there are no events', () => {
    expect(nearestIndex([], 10)).toBe(-1);
  });

  it('nearestIndex clamps to the first and last events outside their range', () => {
    const sorted = placed([10, 20, 30]);
    expect(nearestIndex(sorted, -100)).toBe(0);
    expect(nearestIndex(sorted, 1000)).toBe(2);
  });

  it('nearestIndex picks the closer neighbour', () => {
    const sorted = placed([10, 20, 30]);
    expect(nearestIndex(sorted, 14)).toBe(0);
    expect(nearestIndex(sorted, 16)).toBe(1);
    expect(nearestIndex(sorted, 30)).toBe(2);
  });

  it('nearestIndex breaks a tie towards the earlier event', () => {
    expect(nearestIndex(placed([10, 20, 30]), 15)).toBe(0);
    expect(nearestIndex(placed([10, 20, 30]), 25)).toBe(1);
  });

  it('nearestIndex of the time of several events picks the first of them', () => {
    expect(nearestIndex(placed([10, 20, 20, 20, 30]), 20)).toBe(1);
  });

  it('nearestIndex of a single event is that event', () => {
    expect(nearestIndex(placed([10]), -5)).toBe(0);
    expect(nearestIndex(placed([10]), 50)).toBe(0);
  });
});
