import { intlFormat } from 'date-fns';
import type { EventDate } from '../data/types';
import { DAY_MS, parseDay, parseMonth, parsePublished } from './calendar-day';
import { formatDayIn, formatEventDateBeside, formatMonthYearIn, INTL_LOCALES, type Edition } from './locale-dates';
import { formatEnglish } from './english-dates';

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

/** The edition whose language and calendar the page's dates are written in (`useDateEdition`). */
let edition: Edition = 'en';

/**
 * Makes `formatUtc`, `formatEventDate`, `formatPublished` and the axis write dates in an
 * edition's language and calendar: Persian in the Solar Hijri calendar with Persian digits,
 * Russian and Ukrainian in theirs. English is the default and writes exactly what it always has.
 * The page calls it with `pageEdition(document)` before it renders; the build, before it formats
 * an edition's pages. Costs nothing: formatters are made when first used.
 */
export function useDateEdition(next: Edition): void {
  edition = next;
}

/** The edition dates are written for now (see `useDateEdition`). */
export function dateEdition(): Edition {
  return edition;
}

/** Dates `formatIn` has formatted, by edition, style and instant. */
const formatted = new Map<string, string>();

/** The key of a formatted date: English keys are as they always were, so built pages stay the same. */
const keyOf = (ms: number, style: keyof typeof DATE_FORMATS, w: Edition): string => (w === 'en' ? `${style}${ms}` : `${w}:${style}${ms}`);

/**
 * English without Intl for the years 1 to 9999 (english-dates.ts); otherwise one Intl formatter
 * per edition and style, made the first time (date-fns's intlFormat makes a new one on every
 * call: about a millisecond each, too slow for the new tick labels of every frame of a zoom).
 */
const formatters = new Map<string, (ms: number) => string>();
const intl = (ms: number, style: keyof typeof DATE_FORMATS, w: Edition = 'en'): string => {
  if (w === 'en') {
    const text = formatEnglish(ms, style);
    if (text !== undefined) return text;
  }
  const key = `${w} ${style}`;
  let f = formatters.get(key);
  if (!f) {
    if (w === 'fa' && (style === 'month' || style === 'shortMonthYear')) {
      // Persian puts the month before the year, as Iranian papers do (ICU writes the year first).
      f = (t) => formatMonthYearIn(t, 'fa');
    } else {
      const dtf = new Intl.DateTimeFormat(w === 'en' ? 'en-GB' : INTL_LOCALES[w], { ...DATE_FORMATS[style], timeZone: 'UTC' });
      // In English, the same text date-fns's intlFormat gives for these options and locale (checked by a test).
      f = (t) => dtf.format(t);
    }
    formatters.set(key, f);
  }
  return f(ms);
};

/** date-fns's own formatting of an instant, as `formatUtc` must match it in English (for tests). */
export const referenceFormat = (ms: number, style: keyof typeof DATE_FORMATS): string =>
  intlFormat(ms, { ...DATE_FORMATS[style], timeZone: 'UTC' }, { locale: 'en-GB' });

/**
 * Formats a UTC instant in an edition's language and calendar, reading its calendar fields in
 * UTC so every reader, in any time zone, sees the same day. Remembers what it wrote.
 *
 * @example formatIn(Date.UTC(2022, 9, 6), 'day', 'en') // '6 October 2022'
 * @example formatIn(Date.UTC(2022, 9, 6), 'day', 'fa') // '۱۴ مهر ۱۴۰۱'
 */
export function formatIn(ms: number, style: keyof typeof DATE_FORMATS, w: Edition): string {
  // Axis ticks and mark labels ask for the same few dates on every frame: remember them.
  const key = keyOf(ms, style, w);
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear();
    text = intl(ms, style, w);
    formatted.set(key, text);
  }
  return text;
}

/**
 * Formats a UTC instant in the page's edition (British English unless `useDateEdition` said
 * otherwise), reading its calendar fields in UTC so every reader, in any time zone, sees the same day.
 *
 * @example formatUtc(Date.UTC(2022, 9, 6), 'day') // '6 October 2022'
 */
export function formatUtc(ms: number, style: keyof typeof DATE_FORMATS): string {
  return formatIn(ms, style, edition);
}

/**
 * Sets up Intl's date formatting (ICU: 20 ms or more the first time in a page) ahead of need, so
 * the first zoom to days or the first tooltip does not pay for it. For idle time. English sets
 * up nothing: it needs no Intl.
 */
export function prepareFormatting(): void {
  intl(0, 'day', edition);
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
 * Says an event's date as precisely as it is known, in the page's edition. `label` is the
 * edition's wording of an approximate or `before` date (the data's `label` is English): English
 * ignores it; another edition without one says the dates alone (see locale-dates.ts).
 *
 * @example formatEventDate({ precision: 'day', day: '2022-10-06' }) // '6 October 2022'
 * @example formatEventDate({ precision: 'month', month: '2022-08' }) // 'August 2022'
 * @example formatEventDate({ precision: 'by', by: '2022-12-31' }) // 'by 31 December 2022'
 * @example formatEventDate({ precision: 'year', year: '2022' }) // '2022'
 * @example formatEventDate({ precision: 'before', before: '2022-02-28', label: 'before late February 2022' }) // 'before late February 2022'
 */
export function formatEventDate(date: EventDate, label?: string): string {
  // The other editions: Solar Hijri with the Gregorian date beside it (Persian), or their own words.
  // Remembered like single dates, so the build's first-view dates reach the page this way too.
  if (edition !== 'en') {
    const key = `${edition}:event:${JSON.stringify(date)}:${label ?? ''}`;
    let text = formatted.get(key);
    if (text === undefined) {
      text = formatEventDateBeside(date, edition, label);
      formatted.set(key, text);
    }
    return text;
  }
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
  if (edition !== 'en') return publishedIn(p, edition);
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

/** A publication date in another edition: a day, a month, a year, or a window from its first day to its last. */
function publishedIn(p: NonNullable<ReturnType<typeof parsePublished>>, w: Edition): string {
  if (p.precision === 'day') return formatDayIn(p.start, w);
  if (p.precision === 'month') return formatIn(p.start, 'month', w);
  if (p.precision === 'year') return formatIn(p.start, 'year', w);
  const last = p.end - DAY_MS;
  return last === p.start ? formatDayIn(p.start, w) : `${formatDayIn(p.start, w)} – ${formatDayIn(last, w)}`;
}
