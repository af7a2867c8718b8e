import type { EventDate } from '../data/types';
import { DAY_MS, parseDay, parseMonth, parseYear } from './calendar-day';

/** Where an event sits in time: the window it may fall in (end exclusive) and the point it is drawn at. */
export interface EventTime {
  start: number;
  end: number;
  at: number;
  /** True when the date is known only to a window wider than a day. */
  uncertain: boolean;
}

/**
 * How far back a `before` date with no lower bound (`after`) is drawn: a short open span that
 * ends at the bound. The chart marks its start as open; the label says only "before …".
 */
export const OPEN_BEFORE_MS = 30 * DAY_MS;

function day(text: string): number {
  const ms = parseDay(text);
  if (ms === null) throw new RangeError(`Not a calendar day: ${text}`);
  return ms;
}

/**
 * Turns an event's date into UTC milliseconds. Throws on dates that validation would reject.
 *
 * @example eventTime({ precision: 'day', day: '2022-10-06' }) // one day, drawn at its noon
 * @example eventTime({ precision: 'month', month: '2022-08' }) // all of August, drawn mid-month
 * @example eventTime({ precision: 'year', year: '2022' }) // all of 2022, drawn at its middle
 * @example eventTime({ precision: 'before', before: '2022-02-28', label: '…' }) // the 30 days up to 28 February (exclusive)
 */
export function eventTime(date: EventDate): EventTime {
  switch (date.precision) {
    case 'day': {
      const start = day(date.day);
      return { start, end: start + DAY_MS, at: start + DAY_MS / 2, uncertain: false };
    }
    case 'month': {
      const m = parseMonth(date.month);
      if (!m) throw new RangeError(`Not a calendar month: ${date.month}`);
      return { ...m, at: (m.start + m.end) / 2, uncertain: true };
    }
    case 'approximate': {
      const start = day(date.start);
      const end = day(date.end) + DAY_MS;
      return { start, end, at: (start + end) / 2, uncertain: end - start > DAY_MS };
    }
    case 'by': {
      const deadline = day(date.by);
      const start = date.from ? day(date.from) : deadline;
      return { start, end: deadline + DAY_MS, at: deadline + DAY_MS / 2, uncertain: true };
    }
    case 'year': {
      const y = parseYear(date.year);
      if (!y) throw new RangeError(`Not a calendar year: ${date.year}`);
      return { ...y, at: (y.start + y.end) / 2, uncertain: true };
    }
    case 'before': {
      // Strictly before the day: the span ends where that day starts.
      const end = day(date.before);
      const start = date.after ? day(date.after) : end - OPEN_BEFORE_MS;
      return { start, end, at: (start + end) / 2, uncertain: true };
    }
  }
}
