import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisPlan } from '../../src/chart/axis-plan';
import { tickPlan } from '../../src/chart/ticks';
import { DAY_MS } from '../../src/time/calendar-day';

const WIDTH = 1000;
const measure = (s: string) => s.length * 7;
const planFor = (d0: number, d1: number) => {
  const xs = scaleLinear().domain([d0, d1]).range([0, WIDTH]);
  return { xs, plan: tickPlan((d1 - d0) / WIDTH) };
};

describe('axisPlan', () => {
  it('axisPlan names the month and year under day ticks', () => {
    const [d0, d1] = [Date.UTC(2022, 9, 10), Date.UTC(2022, 9, 20)];
    const { xs, plan } = planFor(d0, d1);
    expect(plan.name).toBe('day');
    const { context } = axisPlan(plan, [d0, d1], WIDTH, xs, measure);
    expect(context.map((c) => c.label)).toEqual(['October 2022']);
    expect(context[0].labelX).toBeGreaterThanOrEqual(0);
  });

  it('axisPlan names the year under month ticks, and both years across a new year', () => {
    const [d0, d1] = [Date.UTC(2022, 7, 1), Date.UTC(2023, 5, 1)];
    const { xs, plan } = planFor(d0, d1);
    expect(['month', 'quarter']).toContain(plan.name);
    const { context } = axisPlan(plan, [d0, d1], WIDTH, xs, measure);
    expect(context.map((c) => c.label)).toEqual(['2022', '2023']);
    expect(context[1].boundary).toBeCloseTo(xs(Date.UTC(2023, 0, 1)), 6);
  });

  it('axisPlan leaves out a fine label that the plot edge would cut', () => {
    const [d0, d1] = [Date.UTC(2022, 9, 10, 1), Date.UTC(2022, 9, 20)];
    const { xs, plan } = planFor(d0, d1);
    const { fine } = axisPlan(plan, [d0, d1], WIDTH, xs, measure);
    for (const t of fine) if (t.shown) expect(t.x - measure(t.label) / 2).toBeGreaterThanOrEqual(0);
    for (const t of fine) if (t.shown) expect(t.x + measure(t.label) / 2).toBeLessThanOrEqual(WIDTH);
  });

  it('axisPlan shows a year at every zoom, from two days to ten years', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.double({ min: 2, max: 3650, noNaN: true }), (d0, days) => {
        const d1 = d0 + days * DAY_MS;
        const { xs, plan } = planFor(d0, d1);
        const { fine, context } = axisPlan(plan, [d0, d1], WIDTH, xs, measure);
        const text = [...fine.filter((t) => t.shown).map((t) => t.label), ...context.map((c) => c.label)].join(' ');
        expect(text).toMatch(/\b(19|20)\d\d\b/);
        for (const c of context) if (c.label) expect(c.labelX).toBeGreaterThanOrEqual(c.x0);
      }),
      { numRuns: 60 },
    );
  });
});
