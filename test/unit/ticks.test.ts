import { describe, expect, it } from 'vitest';
import { TICK_PLANS, tickPlan, tickValues } from '../../src/chart/ticks';
import { DAY_MS } from '../../src/time/calendar-day';

const iso = (ms: number) => new Date(ms).toISOString();

describe('tickPlan', () => {
  it('tickPlan picks days, weeks, months, quarters, then years as one pixel spans more time', () => {
    const names = [DAY_MS / 40, DAY_MS / 10, DAY_MS / 2, DAY_MS, 10 * DAY_MS].map((m) => tickPlan(m).name);
    expect(names).toEqual(['day', 'week', 'month', 'quarter', 'year']);
  });

  it('tickPlan switches plans exactly where labels would start to crowd', () => {
    // day needs 28 px per day, week 48 px per week, month 44 px per 30.4 days, quarter 56 px per 91 days.
    expect(tickPlan(DAY_MS / 28.1).name).toBe('day');
    expect(tickPlan(DAY_MS / 27.9).name).toBe('week');
    expect(tickPlan((7 * DAY_MS) / 48.1).name).toBe('week');
    expect(tickPlan((7 * DAY_MS) / 47.9).name).toBe('month');
    expect(tickPlan((30.4 * DAY_MS) / 44.1).name).toBe('month');
    expect(tickPlan((30.4 * DAY_MS) / 43.9).name).toBe('quarter');
    expect(tickPlan((91 * DAY_MS) / 56.1).name).toBe('quarter');
    expect(tickPlan((91 * DAY_MS) / 55.9).name).toBe('year');
  });

  it('tickPlan never goes coarser than years', () => {
    expect(tickPlan(1000 * 365 * DAY_MS).name).toBe('year');
  });

  it('tickPlan never picks a coarser plan for a finer zoom', () => {
    const order = ['day', 'week', 'month', 'quarter', 'year'];
    let last = 0;
    for (let m = DAY_MS / 100; m < 100 * DAY_MS; m *= 1.1) {
      const rank = order.indexOf(tickPlan(m).name);
      expect(rank).toBeGreaterThanOrEqual(last);
      last = rank;
    }
  });
});

describe('tickValues', () => {
  const plan = (name: string) => {
    const p = TICK_PLANS.find((x) => x.name === name);
    if (!p) throw new Error(name);
    return p;
  };

  it('tickValues of the month plan are UTC first-of-month midnights inside the window', () => {
    const v = tickValues(plan('month'), Date.UTC(2022, 0, 15), Date.UTC(2022, 4, 15));
    expect(v.map(iso)).toEqual([
      '2022-02-01T00:00:00.000Z',
      '2022-03-01T00:00:00.000Z',
      '2022-04-01T00:00:00.000Z',
      '2022-05-01T00:00:00.000Z',
    ]);
  });

  it('tickValues include boundaries that fall exactly on either end of the window', () => {
    const v = tickValues(plan('month'), Date.UTC(2022, 1, 1), Date.UTC(2022, 3, 1));
    expect(v).toEqual([Date.UTC(2022, 1, 1), Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 1)]);
  });

  it('tickValues of the day plan are every UTC midnight, across a daylight-saving change', () => {
    // 2022-03-13 is a DST change in New York, 2022-03-22 in Tehran.
    for (const [from, to] of [
      [Date.UTC(2022, 2, 12, 6), Date.UTC(2022, 2, 15, 6)],
      [Date.UTC(2022, 2, 21, 6), Date.UTC(2022, 2, 24, 6)],
    ]) {
      const v = tickValues(plan('day'), from, to);
      expect(v).toHaveLength(3);
      for (let i = 0; i < v.length; i++) {
        expect(v[i] % DAY_MS).toBe(0);
        if (i > 0) expect(v[i] - v[i - 1]).toBe(DAY_MS);
      }
    }
  });

  it('tickValues of the week plan are UTC Sunday midnights a week apart', () => {
    const v = tickValues(plan('week'), Date.UTC(2022, 9, 1), Date.UTC(2022, 10, 1));
    expect(v.map(iso)).toEqual([
      '2022-10-02T00:00:00.000Z',
      '2022-10-09T00:00:00.000Z',
      '2022-10-16T00:00:00.000Z',
      '2022-10-23T00:00:00.000Z',
      '2022-10-30T00:00:00.000Z',
    ]);
  });

  it('tickValues of the quarter plan fall on January, April, July and October', () => {
    const v = tickValues(plan('quarter'), Date.UTC(2022, 1, 10), Date.UTC(2023, 1, 10));
    expect(v.map(iso)).toEqual([
      '2022-04-01T00:00:00.000Z',
      '2022-07-01T00:00:00.000Z',
      '2022-10-01T00:00:00.000Z',
      '2023-01-01T00:00:00.000Z',
    ]);
  });

  it('tickValues of the year plan are UTC New Year midnights', () => {
    const v = tickValues(plan('year'), Date.UTC(2021, 5, 1), Date.UTC(2024, 5, 1));
    expect(v.map(iso)).toEqual(['2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  it('tickValues stay within the window', () => {
    const from = Date.UTC(2022, 6, 3, 17);
    const to = Date.UTC(2022, 8, 20, 5);
    for (const name of ['day', 'week', 'month', 'quarter', 'year']) {
      for (const t of tickValues(plan(name), from, to)) {
        expect(t).toBeGreaterThanOrEqual(from);
        expect(t).toBeLessThanOrEqual(to);
      }
    }
  });
});

describe('tick labels', () => {
  it('tickPlan day labels name the month on the first of the month only', () => {
    const p = tickPlan(DAY_MS / 40);
    expect(p.format(Date.UTC(2022, 9, 1))).toBe('1 Oct');
    expect(p.format(Date.UTC(2022, 9, 6))).toBe('6');
  });

  it('tickPlan month labels add the year in January only', () => {
    const p = tickPlan(DAY_MS / 2);
    expect(p.name).toBe('month');
    expect(p.format(Date.UTC(2023, 0, 1))).toBe('Jan 2023');
    expect(p.format(Date.UTC(2023, 3, 1))).toBe('Apr');
  });

  it('tickPlan week and year labels read in UTC', () => {
    expect(tickPlan(DAY_MS / 10).format(Date.UTC(2022, 9, 2))).toBe('2 Oct');
    expect(tickPlan(10 * DAY_MS).format(Date.UTC(2023, 0, 1))).toBe('2023');
  });
});
