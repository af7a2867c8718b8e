import type { EventDate } from '../data/types';
import { DAY_MS, parseDay, parseMonth, parseYear } from './calendar-day';
import { DATE_PHRASING, type Phrasing } from './date-phrasing';

/**
 * Event dates in each edition's language and calendar: English, Persian (Solar Hijri, Persian
 * digits, with the Gregorian date beside it where a journalist needs it), Russian and Ukrainian.
 * Every date is a UTC calendar day, formatted by Intl in UTC, so every reader in every time zone
 * sees the same day. The words around the dates ("by", "before", "between") are in one small
 * table per language, in date-phrasing.ts.
 */

/** The editions of the site, by language. */
export const EDITIONS = ['en', 'fa', 'ru', 'uk'] as const;
export type Edition = (typeof EDITIONS)[number];

/** How dates are written: an edition, or the Gregorian calendar in Persian script ('fa-gregory'). */
export type DateWriting = Edition | 'fa-gregory';

/** The Intl locale of each way of writing dates. */
export const INTL_LOCALES: Record<DateWriting, string> = {
  en: 'en-GB',
  fa: 'fa-IR-u-ca-persian',
  'fa-gregory': 'fa-IR-u-ca-gregory',
  ru: 'ru',
  uk: 'uk',
};

const phrasing = (w: DateWriting): Phrasing => DATE_PHRASING[w === 'fa-gregory' ? 'fa' : w];

/** The date styles this module writes. */
const STYLES = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  dayOnly: { day: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  monthOnly: { month: 'long' },
  year: { year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Style = keyof typeof STYLES;

/** One Intl formatter per way of writing and style: making one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(w: DateWriting, style: Style): Intl.DateTimeFormat {
  const key = `${w} ${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALES[w], { ...STYLES[style], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Writes the UTC day that contains `ms` in full, in an edition's language and calendar.
 *
 * @example formatDayIn(Date.UTC(2022, 1, 24), 'fa') // '۵ اسفند ۱۴۰۰'
 * @example formatDayIn(Date.UTC(2022, 1, 24), 'ru') // '24 февраля 2022 г.'
 */
export function formatDayIn(ms: number, w: DateWriting): string {
  return formatter(w, 'day').format(ms);
}

/**
 * Writes the month (of the edition's calendar) that contains `ms`, with its year: for the axis's
 * context row. Persian puts the month first, as Iranian papers do (ICU writes "۱۴۰۰ اسفند").
 *
 * @example formatMonthYearIn(Date.UTC(2022, 1, 24), 'fa') // 'اسفند ۱۴۰۰'
 * @example formatMonthYearIn(Date.UTC(2022, 1, 24), 'uk') // 'лютий 2022 р.'
 */
export function formatMonthYearIn(ms: number, w: DateWriting): string {
  if (w !== 'fa') return formatter(w, 'month').format(ms);
  return `${formatter(w, 'monthOnly').format(ms)} ${formatter(w, 'year').format(ms)}`;
}

/** A window of whole days, first to last (both included), as the language says "between". */
function between(first: number, last: number, w: DateWriting): string {
  const p = phrasing(w);
  // English writes even a one-day window as two days, as it always has.
  if (first === last && p.shortStart) return formatDayIn(first, w);
  const sameYear = formatter(w, 'year').format(first) === formatter(w, 'year').format(last);
  const sameMonth = sameYear && formatter(w, 'monthOnly').format(first) === formatter(w, 'monthOnly').format(last);
  const start = !p.shortStart || !sameYear ? 'day' : sameMonth ? 'dayOnly' : 'dayMonth';
  return p.between(formatter(w, start).format(first), formatDayIn(last, w));
}

function day(text: string): number {
  const ms = parseDay(text);
  if (ms === null) throw new RangeError(`Not a calendar day: ${text}`);
  return ms;
}

/** The first and one-past-last UTC days of a Gregorian month or year. */
function span(text: string, read: (t: string) => { start: number; end: number } | null): { start: number; end: number } {
  const s = read(text);
  if (!s) throw new RangeError(`Not a calendar month or year: ${text}`);
  return s;
}

/**
 * Says an event's date as precisely as it is known, in an edition's language and calendar.
 * `label` is the edition's wording of an approximate or `before` date (the data's `label` is
 * English): English uses the data's own; an edition without one says the dates alone. The
 * English edition writes exactly what `formatEventDate` does. A Gregorian month or year in the
 * Persian edition is the window of Solar Hijri days it covers (they do not line up). A date that
 * is not a real calendar day (validation refuses them) is given back as written.
 *
 * @example formatEventDateIn({ precision: 'by', by: '2022-12-31' }, 'ru') // 'не позднее 31 декабря 2022 г.'
 * @example formatEventDateIn({ precision: 'month', month: '2022-08' }, 'fa') // 'بین ۱۰ مرداد و ۹ شهریور ۱۴۰۱'
 * @example formatEventDateIn({ precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' }, 'uk') // 'з 1 по 10 листопада 2022 р.'
 */
export function formatEventDateIn(date: EventDate, w: DateWriting, label?: string): string {
  try {
    return eventDateIn(date, w, label);
  } catch (e) {
    // Validation refuses such dates; a page given one anyway shows it as written rather than break.
    if (e instanceof RangeError) return rawDate(date);
    throw e;
  }
}

/** A date that cannot be read, as written in the data. */
function rawDate(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return date.day;
    case 'month':
      return date.month;
    case 'year':
      return date.year;
    case 'approximate':
      return `${date.start}/${date.end}`;
    case 'by':
      return date.by;
    case 'before':
      return date.before;
  }
}

function eventDateIn(date: EventDate, w: DateWriting, label?: string): string {
  const p = phrasing(w);
  const said = w === 'en' && 'label' in date ? date.label : label;
  const gregorian = w !== 'fa';
  switch (date.precision) {
    case 'day':
      return formatDayIn(day(date.day), w);
    case 'month': {
      const m = span(date.month, parseMonth);
      return gregorian ? formatter(w, 'month').format(m.start) : between(m.start, m.end - DAY_MS, w);
    }
    case 'year': {
      if (w === 'en') return date.year;
      const y = span(date.year, parseYear);
      return gregorian ? formatter(w, 'year').format(y.start) : between(y.start, y.end - DAY_MS, w);
    }
    case 'approximate': {
      // English has always written both days in full; the other languages shorten the start.
      const dates = between(day(date.start), day(date.end), w);
      return said ? p.labelled(said, dates) : dates;
    }
    case 'by':
      return date.from ? p.expectedAsOf(formatDayIn(day(date.by), w), formatDayIn(day(date.from), w)) : p.by(formatDayIn(day(date.by), w));
    case 'before': {
      // A known lower bound is added to the label, never an invented one.
      const dates = date.after ? between(day(date.after), day(date.before) - DAY_MS, w) : p.before(formatDayIn(day(date.before), w));
      if (!said) return dates;
      return date.after ? p.labelled(said, dates) : said;
    }
  }
}

/**
 * The Gregorian date of an event in Persian script and digits, the dates alone (no label, no
 * expectation), to stand beside the Solar Hijri one in the Persian edition.
 *
 * @example gregorianInPersian({ precision: 'day', day: '2022-02-24' }) // '۲۴ فوریهٔ ۲۰۲۲'
 */
export function gregorianInPersian(date: EventDate): string {
  const w = 'fa-gregory';
  try {
    return gregorianDates(date, w);
  } catch (e) {
    if (e instanceof RangeError) return rawDate(date);
    throw e;
  }
}

function gregorianDates(date: EventDate, w: DateWriting): string {
  switch (date.precision) {
    case 'by':
      return DATE_PHRASING.fa.by(formatDayIn(day(date.by), w));
    case 'before':
      return date.after ? between(day(date.after), day(date.before) - DAY_MS, w) : DATE_PHRASING.fa.before(formatDayIn(day(date.before), w));
    case 'approximate':
      return between(day(date.start), day(date.end), w);
    default:
      return formatEventDateIn(date, w);
  }
}

/**
 * An event's date for cards and lists: in the Persian edition, the Solar Hijri date with the
 * Gregorian one beside it; in the others, what `formatEventDateIn` says. A Persian label (the
 * sources' words, in their own, Gregorian, terms: "اواخر فوریهٔ ۲۰۲۲") stands in for the Gregorian
 * date, with the Solar Hijri days beside it, so a Persian reader always gets both calendars.
 *
 * @example formatEventDateBeside({ precision: 'day', day: '2022-02-24' }, 'fa') // '۵ اسفند ۱۴۰۰ (۲۴ فوریهٔ ۲۰۲۲)'
 * @example formatEventDateBeside({ precision: 'before', before: '2022-02-28', label: '…' }, 'fa', 'پیش از اواخر فوریهٔ ۲۰۲۲') // 'پیش از اواخر فوریهٔ ۲۰۲۲ (پیش از ۹ اسفند ۱۴۰۰)'
 */
export function formatEventDateBeside(date: EventDate, edition: Edition, label?: string): string {
  if (edition !== 'fa') return formatEventDateIn(date, edition, label);
  const solarHijri = formatEventDateIn(date, 'fa');
  return label && 'label' in date ? `${label} (${solarHijri})` : `${solarHijri} (${gregorianInPersian(date)})`;
}
