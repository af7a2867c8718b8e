import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binEdge, densityBins } from '../../src/chart/density';

const events = (ats: number[]) => [...ats].sort((a, b) => a - b).map((at) => ({ at }));

/** The bin an instant falls in, found the slow way, or -1 outside the domain. */
function naiveBin(domain: [number, number], n: number, t: number): number {
  if (t < domain[0] || t > domain[1]) return -1;
  for (let i = 0; i < n; i++) if (t >= binEdge(domain, n, i) && (t < binEdge(domain, n, i + 1) || i === n - 1)) return i;
  return -1;
}

describe('densityBins', () => {
  it('densityBins counts events into equal-width bins', () => {
    const d = densityBins(events([1, 3, 3, 6, 7, 7, 7]), [0, 8], 4);
    expect([...d.counts]).toEqual([1, 2, 0, 4]);
    expect(d.max).toBe(4);
  });

  it('densityBins gives empty bins when there are no events', () => {
    const d = densityBins([], [0, 100], 5);
    expect([...d.counts]).toEqual([0, 0, 0, 0, 0]);
    expect(d.max).toBe(0);
  });

  it('densityBins puts a single event in its one bin', () => {
    expect([...densityBins(events([42]), [0, 100], 10).counts]).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('densityBins puts an event on an inner edge in the later bin, and keeps both domain ends', () => {
    expect([...densityBins(events([0, 25, 50, 75, 100]), [0, 100], 4).counts]).toEqual([1, 1, 1, 2]);
  });

  it('densityBins leaves out events outside the domain', () => {
    expect([...densityBins(events([-5, 10, 20, 105]), [0, 100], 2).counts]).toEqual([2, 0]);
  });

  it('densityBins gives no bins for n < 1 and empty bins for a backwards domain', () => {
    expect(densityBins(events([1]), [0, 10], 0).counts.length).toBe(0);
    expect([...densityBins(events([5]), [10, 0], 2).counts]).toEqual([0, 0]);
  });

  it('densityBins counts a zero-width domain in its one closed bin', () => {
    expect([...densityBins(events([4, 5, 5, 6]), [5, 5], 1).counts]).toEqual([2]);
  });

  it('densityBins does not mutate its input', () => {
    const sorted = events([1, 2, 3]);
    const copy = structuredClone(sorted);
    densityBins(sorted, [0, 4], 3);
    expect(sorted).toEqual(copy);
  });

  const cases = fc.record({
    ats: fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }),
    from: fc.integer({ min: -1100, max: 900 }),
    span: fc.integer({ min: 1, max: 2000 }),
    n: fc.integer({ min: 1, max: 64 }),
  });

  it('densityBins counts sum to the events inside the domain (property)', () => {
    fc.assert(
      fc.property(cases, ({ ats, from, span, n }) => {
        const d = densityBins(events(ats), [from, from + span], n);
        const inside = ats.filter((t) => t >= from && t <= from + span).length;
        expect(d.counts.reduce((a, b) => a + b, 0)).toBe(inside);
        expect(d.max).toBe(Math.max(0, ...d.counts));
      }),
    );
  });

  it('densityBins agrees with counting each event into its bin one by one (property)', () => {
    fc.assert(
      fc.property(cases, ({ ats, from, span, n }) => {
        const domain: [number, number] = [from, from + span];
        const expected = new Array<number>(n).fill(0);
        for (const t of ats) {
          const i = naiveBin(domain, n, t);
          if (i >= 0) expected[i]++;
        }
        expect([...densityBins(events(ats), domain, n).counts]).toEqual(expected);
      }),
    );
  });

  it('densityBins counts events placed exactly on bin edges in the bin they open (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1e6 }), (n, span) => {
        const domain: [number, number] = [0, span];
        const edges = Array.from({ length: n + 1 }, (_, i) => binEdge(domain, n, i));
        const d = densityBins(events(edges), domain, n);
        const expected = new Array<number>(n).fill(0);
        for (const t of edges) expected[naiveBin(domain, n, t)]++;
        expect([...d.counts]).toEqual(expected);
      }),
    );
  });

  it('densityBins bins 100,000 events into 400 bins well inside a frame (figure logged)', () => {
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const t0 = Date.UTC(2022, 0, 1);
    const span = 2 * 365 * 86_400_000;
    const sorted = events(Array.from({ length: 100_000 }, () => t0 + Math.floor(rand() * span)));
    densityBins(sorted, [t0, t0 + span], 400);
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i++) densityBins(sorted, [t0, t0 + span], 400);
    const ms = (performance.now() - start) / runs;
    console.log(`densityBins: 100,000 events into 400 bins in ${ms.toFixed(3)} ms (mean of ${runs})`);
    expect(densityBins(sorted, [t0, t0 + span], 400).counts.reduce((a, b) => a + b, 0)).toBe(100_000);
  });
});
