import type { EventDate } from '../data/types';
import { DAY_MS, parseDay, parseMonth } from './calendar-day';

/** Where an event sits in time: the window it may fall in (end exclusive) and the point it is drawn at. */
export interface EventTime {
  start: number;
  end: number;
  at: number;
  /** True when the date is known only to a window wider than a day. */
  uncertain: boolean;
}

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
  }
}
