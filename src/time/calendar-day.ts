import type { Day, Month } from '../data/types';

/** One calendar day in milliseconds. */
export const DAY_MS = 86_400_000;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;

/** UTC midnight of a calendar day, for any year (Date.UTC would read 0–99 as 1900–1999). */
function utc(y: number, mo: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo, d);
  return t.getTime();
}

/**
 * Reads a calendar day as the UTC midnight that starts it, or null when it is not a real day.
 * A calendar day means the same day in every time zone, so all of the timeline works in UTC.
 *
 * @example parseDay('2022-10-06') // 1665014400000
 * @example parseDay('2022-02-30') // null
 */
export function parseDay(text: string): number | null {
  const m = DAY_RE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const t = new Date(utc(y, mo, d));
  // A day that does not exist (30 February) rolls over into another month: reject it.
  return t.getUTCMonth() === mo && t.getUTCDate() === d ? t.getTime() : null;
}

/**
 * Reads a calendar month as its first and one-past-last UTC midnights, or null.
 *
 * @example parseMonth('2022-08') // { start: Aug 1, end: Sep 1 }
 */
export function parseMonth(text: string): { start: number; end: number } | null {
  const m = MONTH_RE.exec(text);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
  if (mo < 0 || mo > 11) return null;
  return { start: utc(y, mo, 1), end: utc(y, mo + 1, 1) };
}

/**
 * Reads a calendar year as its first and one-past-last UTC midnights, or null.
 *
 * @example parseYear('2022') // { start: 1 Jan 2022, end: 1 Jan 2023 }
 */
export function parseYear(text: string): { start: number; end: number } | null {
  const m = YEAR_RE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1) };
}

/**
 * Reads a publication date as precisely as it is given: a day, a month, a year, or a window of
 * days `YYYY-MM-DD/YYYY-MM-DD` (both inclusive). [start, end) in UTC ms, or null when it is not
 * real or the window runs backwards.
 *
 * @example parsePublished('2022-11-19/2022-11-21') // { start: 19 Nov, end: 22 Nov, precision: 'window' }
 */
export function parsePublished(text: string): { start: number; end: number; precision: 'day' | 'month' | 'year' | 'window' } | null {
  const [a, b, ...rest] = text.split('/');
  if (rest.length) return null;
  if (b !== undefined) {
    const s = parseDay(a);
    const e = parseDay(b);
    return s !== null && e !== null && e >= s ? { start: s, end: e + DAY_MS, precision: 'window' } : null;
  }
  const day = parseDay(a);
  if (day !== null) return { start: day, end: day + DAY_MS, precision: 'day' };
  const month = parseMonth(a);
  if (month) return { ...month, precision: 'month' };
  const year = parseYear(a);
  return year ? { ...year, precision: 'year' } : null;
}

/** Writes the calendar day that contains a UTC instant, e.g. `2022-10-06`. */
export function formatDayIso(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Writes the calendar month that contains a UTC instant, e.g. `2022-10`. */
export function formatMonthIso(ms: number): Month {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The UTC midnight that starts the day containing `ms`. */
export function startOfDayUtc(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}



