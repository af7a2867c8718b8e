import type { EventDate } from '../data/types';
import { FIRST_YEAR, LAST_YEAR } from '../data/semantic-rules';
import { DAY_MS, formatDayIso, parseDay } from '../time/calendar-day';
import { formatUtc } from '../time/date-label';
import { text, type Tl3Date } from './tl3-format';

/** A TimelineJS3 date read as far as our format can hold it: the date, or why not, and what was left out. */
export type DateReading = { ok: true; date: EventDate; key: string; notes: string[] } | { ok: false; reason: string; notes: string[] };

/** One end of a TimelineJS3 date, read: its precision and the days it covers. */
interface Point {
  precision: 'year' | 'month' | 'day';
  /** The first and last day it covers, as UTC midnights. */
  first: number;
  last: number;
  /** How it reads: "1963", "August 1963", "9 August 1963". */
  shown: string;
  /** The key it gives an id: 1963, 1963-08, 1963-08-09. */
  key: string;
}

const LABEL_MAX = 80;
const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;
const KNOWN_PARTS = new Set(['year', 'month', 'day', ...TIME_PARTS, 'display_date', 'format']);

/** A date part as an integer: TimelineJS3 strips spaces and thousands commas; null for not given; NaN for not a number. */
function part(value: unknown): number | null {
  const t = text(value).replace(/[\s,]+/g, '');
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : NaN;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Reads one TimelineJS3 date object into a point, or says why it cannot be one. */
function readPoint(d: Tl3Date, which: 'start' | 'end', notes: string[]): Point | string {
  const [year, month, day] = [part(d.year), part(d.month), part(d.day)];
  if (year === null) return `its ${which} date has no year`;
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day))
    return `its ${which} date ${JSON.stringify(d)} has a part that is not a whole number`;
  if (year < FIRST_YEAR || year > LAST_YEAR) return `its ${which} year ${year} is outside the years our timeline supports, ${FIRST_YEAR}–${LAST_YEAR}`;
  if (month !== null && (month < 1 || month > 12)) return `its ${which} month ${month} is not 1–12`;
  const times = TIME_PARTS.filter((k) => text(d[k]) !== '');
  if (times.length) notes.push(`the ${which} time of day (${times.map((k) => `${k} ${text(d[k])}`).join(', ')}) is left out: our dates are whole days`);
  if (text(d.format)) notes.push(`the ${which} date's format ${JSON.stringify(text(d.format))} is not used: dates are shown in our own style`);
  for (const k of Object.keys(d)) if (!KNOWN_PARTS.has(k) && text(d[k]) !== '') notes.push(`the ${which} date's "${k}" (${JSON.stringify(d[k])}) is not imported`);
  if (month === null) {
    if (day !== null) notes.push(`the ${which} day ${day} is left out: it has no month, so the date is the year`);
    const first = Date.UTC(year, 0, 1);
    return { precision: 'year', first, last: Date.UTC(year + 1, 0, 1) - DAY_MS, shown: String(year), key: String(year) };
  }
  if (day === null) {
    const first = Date.UTC(year, month - 1, 1);
    return { precision: 'month', first, last: Date.UTC(year, month, 1) - DAY_MS, shown: formatUtc(first, 'month'), key: `${year}-${pad(month)}` };
  }
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const at = parseDay(iso);
  if (at === null) return `its ${which} date ${iso} is not a real calendar day`;
  return { precision: 'day', first: at, last: at, shown: formatUtc(at, 'day'), key: iso };
}

/** Our date for a single point, at its own precision. */
function single(p: Point): EventDate {
  if (p.precision === 'day') return { precision: 'day', day: p.key };
  if (p.precision === 'month') return { precision: 'month', month: p.key };
  return { precision: 'year', year: p.key };
}

/**
 * Reads a TimelineJS3 slide's dates into one of ours, keeping the precision they have: a year
 * stays a year, a month a month, a day a day. A start and an end become an `approximate`
 * window from the first day of the start to the last day of the end, labelled with the slide's
 * display date or with both ends ("July 1943 – 1946"). `key` is the start as precisely as it is
 * given (`1943-07`), for the event's id. What cannot be kept (times of day, a display date on a
 * single day, an end before the start) is listed in `notes`.
 *
 * @example readDates({ year: '1963', month: '8', day: '9' }) // { ok: true, date: { precision: 'day', day: '1963-08-09' }, notes: [] }
 * @example readDates({ year: '1956' }, { year: '1962' }).date // { precision: 'approximate', start: '1956-01-01', end: '1962-12-31', label: '1956 – 1962' }
 */
export function readDates(start: Tl3Date | undefined, end?: Tl3Date, display?: string): DateReading {
  const notes: string[] = [];
  if (!start || typeof start !== 'object') return { ok: false, reason: 'it has no start date', notes };
  const from = readPoint(start, 'start', notes);
  if (typeof from === 'string') return { ok: false, reason: from, notes };
  const label = display || text(start.display_date);
  let to: Point | null = null;
  if (end && typeof end === 'object' && Object.values(end).some((v) => text(v) !== '')) {
    const read = readPoint(end, 'end', notes);
    if (typeof read === 'string') notes.push(`${read.replace(/^its /, 'the ')}; the end date is left out`);
    else if (read.last < from.first) notes.push(`the end date (${read.shown}) is before the start (${from.shown}); it is left out`);
    else if (read.first !== from.first || read.last !== from.last) to = read;
  }
  if (!to) {
    if (label) notes.push(`the display date ${JSON.stringify(label)} is not kept: a ${from.precision} in our format has no label of its own; it shows as ${JSON.stringify(from.shown)}`);
    return { ok: true, date: single(from), key: from.key, notes };
  }
  notes.push(`the span ${from.shown} – ${to.shown} becomes an approximate date: our format places an event somewhere in a window, not throughout it`);
  let shown = label || `${from.shown} – ${to.shown}`;
  if (shown.length > LABEL_MAX) {
    notes.push(`the display date ${JSON.stringify(shown)} is cut to ${LABEL_MAX} characters`);
    shown = `${shown.slice(0, LABEL_MAX - 1).trimEnd()}…`;
  }
  return { ok: true, date: { precision: 'approximate', start: formatDayIso(from.first), end: formatDayIso(to.last), label: shown }, key: from.key, notes };
}
