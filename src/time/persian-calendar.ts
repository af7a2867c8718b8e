import { DAY_MS } from './calendar-day';

/**
 * The Solar Hijri (Persian) calendar as the axis of the Persian edition needs it: where each of
 * its months and years begins, as UTC days. Nothing here computes the calendar itself: every
 * date is read from Intl (ICU's `persian` calendar), so the axis agrees with the labels Intl
 * writes. Months are 31 days (Farvardin–Shahrivar), 30 (Mehr–Bahman) and 29 or 30 (Esfand);
 * 1 Farvardin (Nowruz) falls on 20 or 21 March (in 1900–2100 ICU also has it on 22 March, in
 * some early years).
 */

/** A day of the Solar Hijri calendar: year (e.g. 1401), month 1–12 (1 = Farvardin), day 1–31. */
export interface PersianDate {
  year: number;
  month: number;
  day: number;
}

/** Reads Solar Hijri fields in UTC, with Latin digits, so they parse as numbers. */
let fields: Intl.DateTimeFormat | undefined;

/**
 * The Solar Hijri date of the UTC day that contains `ms`.
 *
 * @example persianDate(Date.UTC(2022, 1, 24)) // { year: 1400, month: 12, day: 5 }
 */
export function persianDate(ms: number): PersianDate {
  // A day in a year already worked out (or handed over by the build) needs no Intl.
  for (const [year, starts] of years) {
    if (ms < starts[0] || ms >= starts[12]) continue;
    let month = 1;
    while (ms >= starts[month]) month++;
    return { year, month, day: Math.floor((ms - starts[month - 1]) / DAY_MS) + 1 };
  }
  fields ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const out: PersianDate = { year: 0, month: 0, day: 0 };
  for (const p of fields.formatToParts(ms)) {
    // `relatedYear` would be the Gregorian year: only `year` is the Solar Hijri one.
    if (p.type === 'year' || p.type === 'month' || p.type === 'day') out[p.type] = Number(p.value);
  }
  return out;
}

/** The first UTC day of each month of a year and of the next year (13 values), by Solar Hijri year. */
const years = new Map<number, number[]>();

/** 1 Farvardin of a Solar Hijri year: found near 21 March of Gregorian year `year + 621`. */
function nowruz(year: number): number {
  // 1 Farvardin falls on 19–22 March in the years 1900–2100; begin a little before and walk on.
  let t = Date.UTC(year + 621, 2, 17);
  for (let i = 0; i < 10; i++, t += DAY_MS) {
    const p = persianDate(t);
    if (p.year === year && p.month === 1 && p.day === 1) return t;
  }
  throw new RangeError(`Intl gives no 1 Farvardin ${year} near March ${year + 621}: is its persian calendar available?`);
}

/**
 * The UTC days on which the 12 months of a Solar Hijri year begin, then the first day of the next
 * year (13 values, strictly increasing). Worked out once per year.
 *
 * @example persianMonthStarts(1402)[0] // Date.UTC(2023, 2, 21): 1 Farvardin 1402
 */
export function persianMonthStarts(year: number): readonly number[] {
  let starts = years.get(year);
  if (!starts) {
    starts = [nowruz(year)];
    for (let month = 1; month <= 12; month++) {
      // Every month has at least 29 days: look from the 29th day on for the next month's first.
      let t = starts[month - 1] + 29 * DAY_MS;
      while (persianDate(t).day !== 1) t += DAY_MS;
      starts.push(t);
    }
    years.set(year, starts);
  }
  return starts;
}

/**
 * The years worked out so far, as [year, its 13 month starts]: the build writes those around the
 * data into a Persian page, and `rememberPersianYears` takes them, so the page's first draw sets
 * up no Intl (a long task on a phone).
 */
export function persianYearsKnown(): [number, number[]][] {
  return [...years].map(([year, starts]) => [year, [...starts]]);
}

/** Takes years worked out elsewhere (by the build, with the same Intl calendar): see `persianYearsKnown`. */
export function rememberPersianYears(known: readonly (readonly [number, readonly number[]])[]): void {
  for (const [year, starts] of known) if (starts.length === 13 && !years.has(year)) years.set(year, [...starts]);
}

/**
 * The UTC day on which the Solar Hijri month containing `ms` begins.
 *
 * @example floorPersianMonth(Date.UTC(2022, 1, 24)) // Date.UTC(2022, 1, 20): 1 Esfand 1400
 */
export function floorPersianMonth(ms: number): number {
  const { year, month } = persianDate(ms);
  return persianMonthStarts(year)[month - 1];
}

/** The UTC day on which the Solar Hijri year containing `ms` begins (its Nowruz). */
export function floorPersianYear(ms: number): number {
  return persianMonthStarts(persianDate(ms).year)[0];
}

/**
 * The start of the Solar Hijri month `count` months after the one containing `ms`
 * (before it when `count` is negative).
 */
export function offsetPersianMonth(ms: number, count: number): number {
  const { year, month } = persianDate(ms);
  const index = (month - 1) + count;
  const y = year + Math.floor(index / 12);
  return persianMonthStarts(y)[((index % 12) + 12) % 12];
}

/**
 * The UTC days in [start, end) on which a Solar Hijri month begins, oldest first: the axis's
 * month ticks. With `every` > 1, only months whose number minus one is a multiple of it
 * (every 3: Farvardin, Tir, Mehr, Dey, the seasons).
 *
 * @example persianMonthsIn(Date.UTC(2023, 2, 1), Date.UTC(2023, 4, 1)) // [21 March 2023, 21 April 2023]
 */
export function persianMonthsIn(start: number, end: number, every = 1): number[] {
  const out: number[] = [];
  if (!(end > start)) return out;
  const first = persianDate(start).year;
  const last = persianDate(end).year;
  for (let y = first; y <= last; y++) {
    const starts = persianMonthStarts(y);
    for (let m = 0; m < 12; m++) if (starts[m] >= start && starts[m] < end && m % every === 0) out.push(starts[m]);
  }
  return out;
}

/**
 * The UTC days in [start, end) on which a Solar Hijri year begins (its Nowruz), oldest first:
 * the axis's year ticks. With `every` > 1, only years that are multiples of it.
 */
export function persianYearsIn(start: number, end: number, every = 1): number[] {
  const out: number[] = [];
  if (!(end > start)) return out;
  for (let y = persianDate(start).year; y <= persianDate(end).year; y++) {
    const t = persianMonthStarts(y)[0];
    if (t >= start && t < end && y % every === 0) out.push(t);
  }
  return out;
}

/**
 * A Solar Hijri month as a time interval in the shape the axis uses of d3-time's (floor, offset,
 * range), on UTC milliseconds rather than Dates.
 */
export const persianMonth = {
  floor: floorPersianMonth,
  ceil: (ms: number): number => {
    const f = floorPersianMonth(ms);
    return f === ms ? f : offsetPersianMonth(ms, 1);
  },
  offset: offsetPersianMonth,
  range: persianMonthsIn,
} as const;

/** A Solar Hijri year as a time interval (floor, offset, range), on UTC milliseconds. */
export const persianYear = {
  floor: floorPersianYear,
  ceil: (ms: number): number => {
    const f = floorPersianYear(ms);
    return f === ms ? f : persianMonthStarts(persianDate(ms).year)[12];
  },
  offset: (ms: number, count: number): number => persianMonthStarts(persianDate(ms).year + count)[0],
  range: persianYearsIn,
} as const;

/** The Solar Hijri years whose every day lies in the supported Gregorian years, 1900–2100. */
export const PERSIAN_YEARS = { first: 1279, last: 1478 } as const;

/**
 * The UTC days [start, end) of a Solar Hijri year, month or day, or null when there is no such
 * date (a 30 Esfand outside a leap year, month 13, day 32) or its year is outside PERSIAN_YEARS.
 *
 * @example persianSpan(1401, 7, 25) // { start: Date.UTC(2022, 9, 17), end: Date.UTC(2022, 9, 18) }
 * @example persianSpan(1401, 12, 30) // null: Esfand 1401 has 29 days
 */
export function persianSpan(year: number, month?: number, day?: number): { start: number; end: number } | null {
  if (!Number.isInteger(year) || year < PERSIAN_YEARS.first || year > PERSIAN_YEARS.last) return null;
  const starts = persianMonthStarts(year);
  if (month === undefined) return { start: starts[0], end: starts[12] };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const [first, next] = [starts[month - 1], starts[month]];
  if (day === undefined) return { start: first, end: next };
  const start = first + (day - 1) * DAY_MS;
  return Number.isInteger(day) && day >= 1 && start < next ? { start, end: start + DAY_MS } : null;
}
