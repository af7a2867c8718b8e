import type { EventDate } from '../../data/types';
import { DAY_MS, parsePublished } from '../../time/calendar-day';
import { formatEventDate, formatPublished, formatUtc } from '../../time/date-label';
import { formatDayIn, formatEventDateBeside, formatEventDateIn, formatMonthYearIn, INTL_LOCALES, type Edition } from '../../time/locale-dates';

/*
 * The dates a share card shows, in its edition's language and calendar. English keeps the words
 * its cards have always had (date-label.ts); the other editions write with locale-dates.ts, the
 * Persian one in the Solar Hijri calendar with Persian digits.
 */

/**
 * An event's date as precisely as it is known; in Persian, the Solar Hijri date with the
 * Gregorian one beside it. `label` is the edition's wording of an approximate or `before` date.
 *
 * @example cardEventDate({ precision: 'day', day: '2022-02-24' }, 'fa') // '۵ اسفند ۱۴۰۰ (۲۴ فوریهٔ ۲۰۲۲)'
 */
export function cardEventDate(date: EventDate, edition: Edition, label?: string): string {
  return edition === 'en' ? formatEventDate(date) : formatEventDateBeside(date, edition, label);
}

/**
 * When a source was published ('2022-10-18', '2022-10', '2022' or a window of days), said as the
 * edition says an event's date of the same precision.
 *
 * @example cardPublished('2022-10-18', 'ru') // '18 октября 2022 г.'
 */
export function cardPublished(text: string, edition: Edition): string {
  if (edition === 'en') return formatPublished(text);
  const p = parsePublished(text);
  if (!p) return text;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const date: EventDate =
    p.precision === 'day' ? { precision: 'day', day: text }
    : p.precision === 'month' ? { precision: 'month', month: text }
    : p.precision === 'year' ? { precision: 'year', year: text }
    : { precision: 'approximate', start: day(p.start), end: day(p.end - DAY_MS), label: '' };
  return formatEventDateIn(date, edition);
}

/**
 * The span of the data in words, in the edition's calendar: "January 2022 – May 2023", one month
 * when it is all in one.
 *
 * @example cardSpan([Date.UTC(2022, 0, 1), Date.UTC(2023, 5, 1)], 'uk') // 'січень 2022 р. – травень 2023 р.'
 */
export function cardSpan(extent: readonly [number, number], edition: Edition): string {
  const month = (ms: number) => (edition === 'en' ? formatUtc(ms, 'month') : formatMonthYearIn(ms, edition));
  const [a, b] = [month(extent[0]), month(extent[1] - 1)];
  return a === b ? a : `${a} – ${b}`;
}

/** The label at either end of a card's strip: a month, or a day for a span under two months. */
export function stripEndLabel(ms: number, byMonth: boolean, edition: Edition): string {
  if (edition === 'en') return formatUtc(ms, byMonth ? 'shortMonthYear' : 'day');
  return byMonth ? formatMonthYearIn(ms, edition) : formatDayIn(ms, edition);
}

const yearFormats = new Map<Edition, Intl.DateTimeFormat>();

/** A year's label on the strip, in the edition's calendar and digits: '2022', '۱۴۰۱'. */
export function stripYearLabel(ms: number, edition: Edition): string {
  if (edition === 'en') return String(new Date(ms).getUTCFullYear());
  let f = yearFormats.get(edition);
  // Only the number: Russian and Ukrainian Intl add "г." / "р." to a year alone.
  if (!f) yearFormats.set(edition, (f = new Intl.DateTimeFormat(INTL_LOCALES[edition], { year: 'numeric', timeZone: 'UTC' })));
  return f.formatToParts(ms).find((p) => p.type === 'year')!.value;
}
