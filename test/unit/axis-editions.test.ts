import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisPlan, MIN_GAP } from '../../src/chart/axis-plan';
import { tickPlan, tickPlansFor, tickValues } from '../../src/chart/ticks';
import { DAY_MS } from '../../src/time/calendar-day';
import { EDITIONS, type Edition } from '../../src/time/locale-dates';

const WIDTH = 1000;
const measure = (s: string) => s.length * 7;
const planFor = (d0: number, d1: number, w: Edition) => {
  const xs = scaleLinear().domain([d0, d1]).range([0, WIDTH]);
  const plan = tickPlan((d1 - d0) / WIDTH, w);
  return { xs, plan, axis: axisPlan(plan, [d0, d1], WIDTH, xs, measure, w) };
};

/** The Solar Hijri day of the month, read by Intl independently of the code under test. */
const shDay = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', day: 'numeric', month: 'numeric' });
const shParts = (ms: number) => Object.fromEntries(shDay.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
const PERSIAN_YEAR = /[\u06f1][\u06f2-\u06f4][\u06f0-\u06f9]{2}/;

describe('the axis in the Persian edition (Solar Hijri)', () => {
  it('a view across Nowruz (15–27 March 2023) names the month on 1 Farvardin, 21 March, and both months below', () => {
    const [d0, d1] = [Date.UTC(2023, 2, 15), Date.UTC(2023, 2, 27)];
    const { xs, plan, axis } = planFor(d0, d1, 'fa');
    expect(plan.name).toBe('day');
    const nowruz = axis.fine.find((t) => t.value === Date.UTC(2023, 2, 21));
    expect(nowruz?.label).toBe('۱ فروردین');
    expect(axis.fine.find((t) => t.value === Date.UTC(2023, 2, 20))?.label).toBe('۲۹');
    expect(axis.context.map((c) => c.label)).toEqual(['اسفند ۱۴۰۱', 'فروردین ۱۴۰۲']);
    expect(axis.context[1].boundary).toBeCloseTo(xs(Date.UTC(2023, 2, 21)), 6);
  });

  it('a view across 19/20 March 2024 turns the year on 20 March (Nowruz 1403)', () => {
    const [d0, d1] = [Date.UTC(2024, 2, 14), Date.UTC(2024, 2, 26)];
    const { axis } = planFor(d0, d1, 'fa');
    expect(axis.fine.find((t) => t.value === Date.UTC(2024, 2, 20))?.label).toBe('۱ فروردین');
    expect(axis.context.map((c) => c.label)).toEqual(['اسفند ۱۴۰۲', 'فروردین ۱۴۰۳']);
  });

  it('month ticks fall on the first days of Solar Hijri months and the context row turns at Nowruz', () => {
    const [d0, d1] = [Date.UTC(2022, 7, 1), Date.UTC(2023, 5, 1)];
    const { xs, plan, axis } = planFor(d0, d1, 'fa');
    expect(['month', 'quarter']).toContain(plan.name);
    expect(axis.fine.length).toBeGreaterThan(2);
    for (const t of axis.fine) expect(shParts(t.value).day).toBe(1);
    expect(axis.context.map((c) => c.label)).toEqual(['۱۴۰۱', '۱۴۰۲']);
    expect(axis.context[1].boundary).toBeCloseTo(xs(Date.UTC(2023, 2, 21)), 6);
  });

  it('month labels are Persian month names, with the year at Farvardin', () => {
    const plan = tickPlansFor('fa').find((p) => p.name === 'month')!;
    const ticks = tickValues(plan, Date.UTC(2023, 1, 1), Date.UTC(2023, 4, 1));
    expect(ticks).toEqual([Date.UTC(2023, 1, 20), Date.UTC(2023, 2, 21), Date.UTC(2023, 3, 21)]);
    expect(ticks.map(plan.format)).toEqual(['اسفند', 'فروردین ۱۴۰۲', 'اردیبهشت']);
  });

  it('quarter ticks are the seasons (Farvardin, Tir, Mehr, Dey) and year ticks Nowruz', () => {
    const quarter = tickPlansFor('fa').find((p) => p.name === 'quarter')!;
    for (const t of tickValues(quarter, Date.UTC(2021, 0, 1), Date.UTC(2024, 0, 1))) expect([1, 4, 7, 10]).toContain(shParts(t).month);
    const year = tickPlansFor('fa').find((p) => p.name === 'year')!;
    expect(tickValues(year, Date.UTC(2022, 0, 1), Date.UTC(2025, 0, 1))).toEqual([Date.UTC(2022, 2, 21), Date.UTC(2023, 2, 21), Date.UTC(2024, 2, 20)]);
  });

  it('week ticks begin on Saturday, the first day of the Iranian week', () => {
    const week = tickPlansFor('fa').find((p) => p.name === 'week')!;
    const ticks = tickValues(week, Date.UTC(2022, 9, 1), Date.UTC(2022, 10, 1));
    expect(ticks.length).toBe(5);
    for (const t of ticks) expect(new Date(t).getUTCDay()).toBe(6);
  });
});

describe('the axis in Russian and Ukrainian', () => {
  it('ru and uk keep Gregorian months, with their own month names', () => {
    const [d0, d1] = [Date.UTC(2022, 9, 10), Date.UTC(2022, 9, 20)];
    expect(planFor(d0, d1, 'ru').axis.context.map((c) => c.label)).toEqual(['октябрь 2022 г.']);
    expect(planFor(d0, d1, 'uk').axis.context.map((c) => c.label)).toEqual(['жовтень 2022 р.']);
    const month = tickPlansFor('ru').find((p) => p.name === 'month')!;
    expect(tickValues(month, Date.UTC(2022, 11, 15), Date.UTC(2023, 1, 15))).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2023, 1, 1)]);
  });

  it('ru and uk weeks begin on Monday; English weeks still on Sunday', () => {
    for (const w of ['ru', 'uk'] as const) for (const t of tickValues(tickPlansFor(w)[1], Date.UTC(2022, 9, 1), Date.UTC(2022, 10, 1))) expect(new Date(t).getUTCDay()).toBe(1);
    for (const t of tickValues(tickPlansFor('en')[1], Date.UTC(2022, 9, 1), Date.UTC(2022, 10, 1))) expect(new Date(t).getUTCDay()).toBe(0);
  });
});

describe('the axis in every edition (properties)', () => {
  /** An edition, the start of a view (2000–2030) and its length in days (2 days to 10 years). */
  const anyView = [fc.constantFrom(...EDITIONS), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.double({ min: 2, max: 3650, noNaN: true })] as const;

  it('shown fine labels keep MIN_GAP between them: the wider Nowruz label never touches the next month (seen in the Persian edition)', () => {
    fc.assert(
      fc.property(
        ...anyView,
        (w, d0, days) => {
          const shown = planFor(d0, d0 + days * DAY_MS, w).axis.fine.filter((t) => t.shown);
          for (let i = 1; i < shown.length; i++) {
            const gap = shown[i].x - measure(shown[i].label) / 2 - (shown[i - 1].x + measure(shown[i - 1].label) / 2);
            expect(gap, `${shown[i - 1].label} | ${shown[i].label}`).toBeGreaterThanOrEqual(MIN_GAP);
          }
        },
      ),
    );
  });

  it('ticks lie inside the view and increase; shown labels are never cut by the plot edge; a year is always named', () => {
    fc.assert(
      fc.property(
        ...anyView,
        (w, d0, days) => {
          const d1 = d0 + days * DAY_MS;
          const { plan, axis } = planFor(d0, d1, w);
          for (let i = 0; i < axis.fine.length; i++) {
            const t = axis.fine[i];
            expect(t.value).toBeGreaterThanOrEqual(d0);
            expect(t.value).toBeLessThanOrEqual(d1);
            if (i > 0) expect(t.value).toBeGreaterThan(axis.fine[i - 1].value);
            if (t.shown) {
              expect(t.x - measure(t.label) / 2).toBeGreaterThanOrEqual(0);
              expect(t.x + measure(t.label) / 2).toBeLessThanOrEqual(WIDTH);
            }
            // Persian month, season and year ticks are the first days of Solar Hijri months.
            if (w === 'fa' && plan.name !== 'day' && plan.name !== 'week') expect(shParts(t.value).day).toBe(1);
          }
          for (const c of axis.context) {
            expect(c.x0).toBeGreaterThanOrEqual(0);
            expect(c.x1).toBeLessThanOrEqual(WIDTH);
            if (c.label) {
              expect(c.labelX).toBeGreaterThanOrEqual(c.x0);
              expect(c.labelX + measure(c.label)).toBeLessThanOrEqual(c.x1);
            }
          }
          const text = [...axis.fine.filter((t) => t.shown).map((t) => t.label), ...axis.context.map((c) => c.label)].join(' ');
          expect(text).toMatch(w === 'fa' ? PERSIAN_YEAR : /\b(19|20)\d\d\b/);
          if (w === 'fa') expect(text).not.toMatch(/[0-9]/);
        },
      ),
      { numRuns: 120 },
    );
  });
});
