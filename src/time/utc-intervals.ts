/**
 * A stretch of the Gregorian calendar in UTC (a day, a week, a month, a quarter, a year), on
 * UTC ms: where the one holding an instant begins, the boundary `n` stretches after one, and the
 * boundaries in a window. The axis's ticks and context row need only these; d3-time, which has
 * them and every other interval, is more than a kilobyte of the reader's first download.
 */
export interface UtcInterval {
  /** The start of the stretch holding `ms`. */
  floor: (ms: number) => number;
  /** The boundary `n` stretches after the boundary `ms`. */
  offset: (ms: number, n: number) => number;
  /** The boundaries in [from, to), oldest first (as d3-time's `interval.range`). */
  range: (from: number, to: number) => number[];
}

/**
 * An interval from a floor and an offset that work on a Date in place; `keep` (optional) keeps
 * only some boundaries (every third month: quarters), as d3-time's `interval.every`.
 */
function utcInterval(floor: (d: Date) => void, offset: (d: Date, n: number) => void, keep?: (d: Date) => boolean): UtcInterval {
  const floorDate = (d: Date) => {
    floor(d);
    while (keep && !keep(d)) {
      d.setTime(d.getTime() - 1);
      floor(d);
    }
  };
  // One kept boundary at a time, either way.
  const step = (d: Date, n: number) => {
    const dir = n < 0 ? -1 : 1;
    for (let i = 0; i < Math.abs(n); i++) {
      offset(d, dir);
      while (keep && !keep(d)) offset(d, dir);
    }
  };
  return {
    floor: (ms) => {
      const d = new Date(ms);
      floorDate(d);
      return d.getTime();
    },
    offset: (ms, n) => {
      const d = new Date(ms);
      if (keep) step(d, n);
      else offset(d, n);
      return d.getTime();
    },
    range: (from, to) => {
      // The first boundary at or after `from`: the floor of the instant before it, one on.
      const d = new Date(from - 1);
      floorDate(d);
      step(d, 1);
      const out: number[] = [];
      while (d.getTime() < to) {
        out.push(d.getTime());
        step(d, 1);
      }
      return out;
    },
  };
}

const midnight = (d: Date) => d.setUTCHours(0, 0, 0, 0);
const addDays = (d: Date, n: number) => d.setUTCDate(d.getUTCDate() + n);
const monthStart = (d: Date) => (d.setUTCDate(1), midnight(d));
const addMonths = (d: Date, n: number) => d.setUTCMonth(d.getUTCMonth() + n);

/** Weeks beginning on a weekday (0 Sunday … 6 Saturday). */
const weeks = (weekday: number) =>
  utcInterval(
    (d) => (addDays(d, -((d.getUTCDay() + 7 - weekday) % 7)), midnight(d)),
    (d, n) => addDays(d, 7 * n),
  );

export const utcDay = utcInterval(midnight, addDays);
/** Weeks from Sunday (English), Monday (Russian, Ukrainian), Saturday (the Iranian week). */
export const utcSunday = weeks(0);
export const utcMonday = weeks(1);
export const utcSaturday = weeks(6);
export const utcMonth = utcInterval(monthStart, addMonths);
/** Quarters: January, April, July and October. */
export const utcQuarter = utcInterval(monthStart, addMonths, (d) => d.getUTCMonth() % 3 === 0);
export const utcYear = utcInterval(
  (d) => (d.setUTCMonth(0, 1), midnight(d)),
  (d, n) => d.setUTCFullYear(d.getUTCFullYear() + n),
);
