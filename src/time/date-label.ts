import { intlFormat } from 'date-fns';
import type { EventDate } from '../data/types';
import { DAY_MS, parseDay, parseMonth, parsePublished } from './calendar-day';
import type { Edition } from './locale-dates';

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
 * Makes the page's dates follow an edition. STUB in the editions branch (the rtl helper's
 * date-label.ts replaces it): dates stay in English whatever the edition.
 */
export function useDateEdition(next: Edition): void {
  void next;
}

/** Dates `formatUtc` has formatted, by style and instant. */
const formatted = new Map<string, string>();

/**
 * One Intl formatter per style, made with date-fns's options the first time (its intlFormat makes
 * a new one on every call: about a millisecond each, too slow for the new tick labels of every
 * frame of a zoom).
 */
const formatters = new Map<keyof typeof DATE_FORMATS, (ms: number) => string>();
const intl = (ms: number, style: keyof typeof DATE_FORMATS): string => {
  let f = formatters.get(style);
  if (!f) {
    const dtf = new Intl.DateTimeFormat('en-GB', { ...DATE_FORMATS[style], timeZone: 'UTC' });
    // The same text date-fns's intlFormat gives for these options and locale (checked by a test).
    f = (t) => dtf.format(t);
    formatters.set(style, f);
  }
  return f(ms);
};

/** date-fns's own formatting of an instant, as `formatUtc` must match it (for tests). */
export const referenceFormat = (ms: number, style: keyof typeof DATE_FORMATS): string =>
  intlFormat(ms, { ...DATE_FORMATS[style], timeZone: 'UTC' }, { locale: 'en-GB' });

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
    text = intl(ms, style);
    formatted.set(key, text);
  }
  return text;
}

/**
 * Sets up Intl's date formatting (ICU: about 20 ms the first time in a page) ahead of need, so
 * the first zoom to days or the first tooltip does not pay for it. For idle time.
 */
export function prepareFormatting(): void {
  intl(0, 'day');
}

/** Formatted dates as `formatUtc` remembers them: [style and instant, text]. */
export type FormattedDates = [key: string, text: string][];

/**
 * What `run` formats, for a page to take over with `rememberFormatted`. The build uses it to
 * format, ahead of time, the dates a page's first view shows.
 */
export function recordFormatted(run: () => void): FormattedDates {
  formatted.clear();
  run();
  const out = [...formatted];
  formatted.clear();
  return out;
}

/**
 * Takes over dates formatted ahead of time. The first Intl date format in a page sets up ICU,
 * about 20 ms of main thread: with these the first view is drawn without it.
 */
export function rememberFormatted(dates: FormattedDates): void {
  if (!Array.isArray(dates)) return;
  for (const entry of dates as unknown[]) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') formatted.set(entry[0], entry[1]);
  }
}

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
 * @example formatEventDate({ precision: 'year', year: '2022' }) // '2022'
 * @example formatEventDate({ precision: 'before', before: '2022-02-28', label: 'before late February 2022' }) // 'before late February 2022'
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
    case 'year':
      return date.year;
    case 'before': {
      // The label says it as the sources do; a known lower bound is added, never an invented one.
      const last = parseDay(date.before);
      return date.after && last !== null ? `${date.label} (between ${dayLabel(date.after)} and ${formatUtc(last - DAY_MS, 'day')})` : date.label;
    }
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
    case 'year':
      return date.year;
    case 'before':
      // What is known for certain is the bound; `<time>` has no "before".
      return date.after ?? date.before.slice(0, 4);
  }
}

/**
 * Formats a source's publication date as precisely as it is known: a day, a month, a year or a
 * window of days.
 *
 * @example formatPublished('2022-11-19/2022-11-21') // '19–21 November 2022'
 */
export function formatPublished(text: string): string {
  const p = parsePublished(text);
  if (!p) return text;
  if (p.precision === 'day') return formatUtc(p.start, 'day');
  if (p.precision === 'month') return formatUtc(p.start, 'month');
  if (p.precision === 'year') return formatUtc(p.start, 'year');
  const last = p.end - DAY_MS;
  const [a, b] = [new Date(p.start), new Date(last)];
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatUtc(p.start, 'day')} – ${formatUtc(last, 'day')}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${formatUtc(p.start, 'month').split(' ')[0]} – ${formatUtc(last, 'day')}`;
  return a.getUTCDate() === b.getUTCDate() ? formatUtc(p.start, 'day') : `${a.getUTCDate()}–${formatUtc(last, 'day')}`;
}

/**
 * The `<time datetime>` value of a publication date: the date itself, or for a window the
 * smallest month or year that holds it (HTML has no windows of days).
 *
 * @example publishedDateTime('2022-11-19/2022-11-21') // '2022-11'
 */
export function publishedDateTime(text: string): string {
  const [a, b] = text.split('/');
  if (b === undefined) return a;
  if (a.slice(0, 7) === b.slice(0, 7)) return a.slice(0, 7);
  return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : a;
}
