import { intlFormat } from 'date-fns';
import type { EventDate } from '../data/types';
import { parseDay, parseMonth } from './calendar-day';

/** Date formats used on the page, by name. */
export const DATE_FORMATS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  shortMonthYear: { month: 'short', year: 'numeric' },
  shortMonth: { month: 'short' },
  dayShortMonth: { day: 'numeric', month: 'short' },
  dayOfMonth: { day: 'numeric' },
  year: { year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Formats a UTC instant in British English, reading its calendar fields in UTC so every reader,
 * in any time zone, sees the same day.
 *
 * @example formatUtc(Date.UTC(2022, 9, 6), 'day') // '6 October 2022'
 */
export function formatUtc(ms: number, style: keyof typeof DATE_FORMATS): string {
  // Axis ticks and mark labels ask for the same few dates on every frame: remember them.
  const key = `${style}${ms}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear();
    text = intlFormat(ms, { ...DATE_FORMATS[style], timeZone: 'UTC' }, { locale: 'en-GB' });
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();

function dayLabel(text: string): string {
  const ms = parseDay(text);
  return ms === null ? text : formatUtc(ms, 'day');
}

/**
 * Says an event's date as precisely as it is known.
 *
 * @example formatEventDate({ precision: 'day', day: '2022-10-06' }) // '6 October 2022'
 * @example formatEventDate({ precision: 'month', month: '2022-08' }) // 'August 2022'
 * @example formatEventDate({ precision: 'by', by: '2022-12-31' }) // 'by 31 December 2022'
 */
export function formatEventDate(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return dayLabel(date.day);
    case 'month': {
      const m = parseMonth(date.month);
      return m ? formatUtc(m.start, 'month') : date.month;
    }
    case 'approximate':
      return `${date.label} (between ${dayLabel(date.start)} and ${dayLabel(date.end)})`;
    case 'by':
      return date.from ? `by ${dayLabel(date.by)} (expected as of ${dayLabel(date.from)})` : `by ${dayLabel(date.by)}`;
  }
}

/** The machine-readable value for `<time datetime>`: a day, a month, or the window's start. */
export function dateTimeAttr(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return date.day;
    case 'month':
      return date.month;
    case 'approximate':
      return date.start;
    case 'by':
      return date.by;
  }
}

/** Formats a source's publication date, which is a day or a month. */
export function formatPublished(text: string): string {
  if (parseDay(text) !== null) return dayLabel(text);
  const m = parseMonth(text);
  return m ? formatUtc(m.start, 'month') : text;
}
