import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  floorPersianMonth,
  floorPersianYear,
  offsetPersianMonth,
  persianDate,
  persianMonth,
  persianMonthStarts,
  persianMonthsIn,
  persianYear,
  persianYearsIn,
} from '../../src/time/persian-calendar';
import { persianYearsKnown, rememberPersianYears } from '../../src/time/persian-calendar';
import { DAY_MS } from '../../src/time/calendar-day';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Solar Hijri years whose days fall in the supported Gregorian years 1900–2100. */
const year = fc.integer({ min: 1279, max: 1478 });
/** A UTC instant in 1900–2100, at any time of day. */
const instant = fc.integer({ min: Date.UTC(1900, 3, 1), max: Date.UTC(2100, 10, 1) });

describe('persianDate', () => {
  it('persianDate reads the day of the invasion as 5 Esfand 1400', () => {
    expect(persianDate(day('2022-02-24'))).toEqual({ year: 1400, month: 12, day: 5 });
  });

  it('persianDate reads the UTC day at both ends of it, whatever the local zone', () => {
    // In Tehran (UTC+3:30) the local day of 23:59 UTC is already the next one.
    expect(persianDate(Date.UTC(2023, 2, 20, 23, 59))).toEqual({ year: 1401, month: 12, day: 29 });
    expect(persianDate(Date.UTC(2023, 2, 21, 0, 0))).toEqual({ year: 1402, month: 1, day: 1 });
  });
});

describe('persianMonthStarts around Nowruz', () => {
  // 1 Farvardin as the Iranian calendar has it (the official calendars of the years named).
  it.each([
    [1399, '2020-03-20'],
    [1400, '2021-03-21'],
    [1401, '2022-03-21'],
    [1402, '2023-03-21'],
    [1403, '2024-03-20'],
    [1404, '2025-03-21'],
  ])('persianMonthStarts(%i) begins on %s', (y, nowruz) => {
    expect(iso(persianMonthStarts(y)[0])).toBe(nowruz);
  });

  it('persianMonthStarts gives Esfand 29 days in 1401 and 1402, 30 in the leap year 1403', () => {
    const esfand = (y: number) => (persianMonthStarts(y)[12] - persianMonthStarts(y)[11]) / DAY;
    expect(esfand(1401)).toBe(29);
    expect(esfand(1402)).toBe(29);
    expect(esfand(1403)).toBe(30);
    // The last day of 1403 is 30 Esfand, 20 March 2025; 1404 begins the next day.
    expect(persianDate(day('2025-03-20'))).toEqual({ year: 1403, month: 12, day: 30 });
    expect(persianDate(day('2025-03-21'))).toEqual({ year: 1404, month: 1, day: 1 });
  });

  it('persianMonthStarts of 1401 are the month starts printed in Iranian calendars', () => {
    expect(persianMonthStarts(1401).map(iso)).toEqual([
      '2022-03-21', '2022-04-21', '2022-05-22', '2022-06-22', '2022-07-23', '2022-08-23',
      '2022-09-23', '2022-10-23', '2022-11-22', '2022-12-22', '2023-01-21', '2023-02-20', '2023-03-21',
    ]);
  });

  it('persianMonthStarts: 13 strictly increasing UTC days, months of 31 (1–6), 30 (7–11) and 29–30 days (Esfand)', () => {
    fc.assert(
      fc.property(year, (y) => {
        const s = persianMonthStarts(y);
        expect(s).toHaveLength(13);
        const lengths = s.slice(1).map((t, i) => (t - s[i]) / DAY);
        expect(lengths.slice(0, 6)).toEqual([31, 31, 31, 31, 31, 31]);
        expect(lengths.slice(6, 11)).toEqual([30, 30, 30, 30, 30]);
        expect([29, 30]).toContain(lengths[11]);
        s.forEach((t, i) => {
          expect(Math.abs(t % DAY)).toBe(0);
          expect(persianDate(t)).toEqual(i < 12 ? { year: y, month: i + 1, day: 1 } : { year: y + 1, month: 1, day: 1 });
        });
        // The year's end is the next one's start, and Nowruz stays on 19–22 March.
        expect(persianMonthStarts(y + 1)[0]).toBe(s[12]);
        const d = new Date(s[0]);
        expect(d.getUTCMonth()).toBe(2);
        expect(d.getUTCDate()).toBeGreaterThanOrEqual(19);
        expect(d.getUTCDate()).toBeLessThanOrEqual(22);
      }),
      { numRuns: 60 },
    );
  });
});

describe('floor and offset', () => {
  it('floorPersianMonth gives 1 Esfand 1400 for the day of the invasion', () => {
    expect(iso(floorPersianMonth(Date.UTC(2022, 1, 24, 15)))).toBe('2022-02-20');
    expect(iso(floorPersianYear(Date.UTC(2022, 1, 24, 15)))).toBe('2021-03-21');
  });

  it('floorPersianMonth: the month start at or before the instant, less than a month before it, day 1 of its month', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const f = floorPersianMonth(t);
        expect(f).toBeLessThanOrEqual(t);
        expect(t - f).toBeLessThan(31 * DAY);
        const p = persianDate(t);
        expect(persianDate(f)).toEqual({ year: p.year, month: p.month, day: 1 });
        expect(offsetPersianMonth(t, 1)).toBeGreaterThan(t);
      }),
    );
  });

  it('offsetPersianMonth moves by whole months across years, both ways', () => {
    const esfand1401 = day('2023-02-25');
    expect(iso(offsetPersianMonth(esfand1401, 1))).toBe('2023-03-21');
    expect(iso(offsetPersianMonth(esfand1401, 13))).toBe('2024-03-20');
    expect(iso(offsetPersianMonth(esfand1401, -11))).toBe('2022-03-21');
    expect(iso(offsetPersianMonth(esfand1401, -12))).toBe('2022-02-20');
  });

  it('persianMonth.ceil and persianYear.ceil leave a boundary alone and round up anything else', () => {
    expect(iso(persianMonth.ceil(day('2023-03-21')))).toBe('2023-03-21');
    expect(iso(persianMonth.ceil(day('2023-03-21') + 1))).toBe('2023-04-21');
    expect(iso(persianYear.ceil(day('2024-03-20')))).toBe('2024-03-20');
    expect(iso(persianYear.ceil(day('2024-03-21')))).toBe('2025-03-21');
    expect(iso(persianYear.offset(day('2024-03-21'), -2))).toBe('2022-03-21');
  });
});

describe('persianMonthsIn and persianYearsIn', () => {
  it('persianMonthsIn lists the month starts inside a window, end excluded', () => {
    expect(persianMonthsIn(day('2023-03-01'), day('2023-04-21')).map(iso)).toEqual(['2023-03-21']);
    expect(persianMonthsIn(day('2023-03-01'), day('2023-04-21') + 1).map(iso)).toEqual(['2023-03-21', '2023-04-21']);
    expect(persianMonthsIn(day('2023-04-21'), day('2023-04-21'))).toEqual([]);
  });

  it('persianMonthsIn every 3 months gives the four seasons', () => {
    expect(persianMonthsIn(day('2022-03-21'), day('2023-03-21'), 3).map((t) => persianDate(t).month)).toEqual([1, 4, 7, 10]);
  });

  it('persianYearsIn lists each Nowruz inside a window', () => {
    expect(persianYearsIn(day('2022-01-01'), day('2025-01-01')).map(iso)).toEqual(['2022-03-21', '2023-03-21', '2024-03-20']);
    expect(persianYearsIn(day('1990-01-01'), day('2030-01-01'), 10).map((t) => persianDate(t).year)).toEqual([1370, 1380, 1390, 1400]);
  });

  it('persianMonthsIn: strictly increasing, 12 in every Solar Hijri year, each 29–31 days after the last', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 2000 }), (t, days) => {
        const months = persianMonthsIn(t, t + days * DAY);
        months.forEach((m, i) => {
          expect(m).toBeGreaterThanOrEqual(t);
          expect(m).toBeLessThan(t + days * DAY);
          expect(persianDate(m).day).toBe(1);
          if (i > 0) {
            expect((m - months[i - 1]) / DAY).toBeGreaterThanOrEqual(29);
            expect((m - months[i - 1]) / DAY).toBeLessThanOrEqual(31);
          }
        });
        // No month start is missed: the first comes within a month of the window's start.
        if (days > 31) expect(months[0] - t).toBeLessThanOrEqual(31 * DAY);
        const years = persianYearsIn(t, t + days * DAY);
        for (const y of years) expect(months).toContain(y);
        const full = persianMonthsIn(persianYear.floor(t), persianYear.offset(t, 1));
        expect(full).toHaveLength(12);
      }),
      { numRuns: 60 },
    );
  });

  it('persianMonthStarts is quick enough for an axis once a year is cached', () => {
    persianMonthStarts(1401);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) persianMonthsIn(day('2022-01-01'), day('2023-12-31'));
    // A thousand two-year windows (one axis redraw each): well under a frame's budget apiece.
    expect((performance.now() - t0) / 1000).toBeLessThan(2);
  });
});

describe('Solar Hijri years handed over by the build', () => {
  const intl = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const byIntl = (ms: number) => Object.fromEntries(intl.formatToParts(ms).filter((p) => ['year', 'month', 'day'].includes(p.type)).map((p) => [p.type, Number(p.value)]));

  it('persianDate of a day in a known year (worked out, or remembered from the build) is read from its month starts, and agrees with Intl (property)', () => {
    rememberPersianYears(persianYearsKnown());
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
        const day = Math.floor(ms / DAY_MS) * DAY_MS;
        persianMonthStarts(byIntl(day).year);
        expect(persianDate(day)).toEqual(byIntl(day));
      }),
    );
  });

  it('rememberPersianYears ignores what is not 13 month starts, and persianYearsKnown gives copies', () => {
    const before = persianYearsKnown().length;
    rememberPersianYears([[1100, [1, 2, 3]]]);
    expect(persianYearsKnown().length).toBe(before);
    const known = persianYearsKnown();
    known[0][1][0] = -1;
    expect(persianYearsKnown()[0][1][0]).not.toBe(-1);
  });
});
