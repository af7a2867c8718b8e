import { KINDS, type Kind } from '../data/types';
import { DAY_MS, parseDay, parseMonth, parseYear } from '../time/calendar-day';
import { msg, str } from '../i18n/msg';
import { formatNumber } from '../i18n/plural';
import type { Edition } from '../time/locale-dates';
import { persianSpan } from '../time/persian-calendar';

/** What a link asks the timeline to show, before it is checked against the data. */
export interface ViewRequest {
  /** An event to select, centre and open. */
  event?: string;
  /** A calendar day (UTC midnight) to open on: its event, or the nearest one with the day marked. */
  day?: number;
  /** A window of time to show [from, to), from `?date=YYYY-MM`, `?date=YYYY` or `?from=…&to=…`. */
  window?: [number, number];
  /** Only events of these kinds (in the order of KINDS); absent: every kind. */
  kinds?: Kind[];
  /** Only events with one of these actors; absent: any actor. */
  actors?: string[];
  /** Only events with a source from one of these outlets; absent: any outlet. */
  outlets?: string[];
  /** Search text (control and bidi characters stripped, spaces collapsed, at most MAX_QUERY long). */
  q?: string;
  /** One lane per actor instead of the packed view (the default, never written). */
  lanes?: 'actor';
}

/** The outcome of reading a link: what to show, and a short notice when part of it was unreadable. */
export interface ParsedLink {
  request: ViewRequest;
  notice?: string;
}

const MAX_VALUE = 100;
const MAX_LINK = 4096;
/** The longest search a link carries; longer text is cut here. */
export const MAX_QUERY = 100;
/** The most actors or outlets a link may filter by. */
export const MAX_NAMES = 20;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Control characters, zero-width and bidi marks, embeddings, overrides and isolates. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const PLACE_KEYS = ['event', 'date', 'from', 'to'] as const;

/** A value from a link, shortened and flattened for a notice (it is shown as text, never markup). */
function quote(value: string): string {
  const flat = value.replace(HIDDEN, '');
  return `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
}

/**
 * Search text as a link carries it: hidden characters removed, white space collapsed and
 * trimmed, cut to MAX_QUERY characters (never inside a character).
 *
 * @example cleanQuery('  shahed\u202e  136 ') // 'shahed 136'
 */
export function cleanQuery(text: string): string {
  const flat = text.slice(0, MAX_LINK).replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > MAX_QUERY ? chars.slice(0, MAX_QUERY).join('').trim() : flat;
}

/** Whether a name (an actor or an outlet) can be read from a link: short, with no hidden characters. */
function isName(value: string): boolean {
  HIDDEN.lastIndex = 0;
  return value.trim() === value && value.length > 0 && value.length <= MAX_VALUE && !HIDDEN.test(value);
}

/** A day, a month or a year a link names, as [start, end) in UTC ms. */
type LinkDate = { kind: 'day' | 'month' | 'year'; start: number; end: number };

/**
 * How a page reads a link's dates: Gregorian, or in the Persian edition also Solar Hijri (a year
 * before 1700 is a Solar Hijri one: `1401-07-25`, with Latin or Persian digits).
 */
export type LinkCalendar = 'gregorian' | 'solar-hijri';

/** The calendar an edition's links are read in. */
export const linkCalendar = (edition: Edition): LinkCalendar => (edition === 'fa' ? 'solar-hijri' : 'gregorian');

/** Reads a day, a month or a year as [start, end) in UTC ms, or null. */
function dayOrMonth(value: string, calendar: LinkCalendar = 'gregorian'): LinkDate | null {
  if (calendar === 'solar-hijri') {
    const latin = latinDigits(value);
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(latin);
    if (m && Number(m[1]) < 1700) {
      const span = persianSpan(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
      return span && { kind: m[3] ? 'day' : m[2] ? 'month' : 'year', ...span };
    }
    value = latin;
  }
  const day = parseDay(value);
  if (day !== null) return { kind: 'day', start: day, end: day + DAY_MS };
  const month = parseMonth(value);
  if (month) return { kind: 'month', ...month };
  const year = parseYear(value);
  return year ? { kind: 'year', ...year } : null;
}

/** Extended Arabic-Indic (Persian) and Arabic-Indic digits as Latin ones. */
function latinDigits(value: string): string {
  return value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** Asks for a day (its event) or a month or year (its window); false when there is none. */
function requestDate(d: ReturnType<typeof dayOrMonth>, request: ViewRequest): boolean {
  if (d?.kind === 'day') request.day = d.start;
  else if (d) request.window = [d.start, d.end];
  return d !== null;
}

/** Reads one `timeline=` style value: a day, a month, a year or an event id. */
function readValue(value: string, request: ViewRequest, calendar: LinkCalendar): boolean {
  if (value.length === 0 || value.length > MAX_VALUE) return false;
  if (requestDate(dayOrMonth(value, calendar), request)) return true;
  // A value shaped like a date but not a real one (2022-02-30) is an error, not an event id.
  if (!ID_RE.test(value) || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
  request.event = value;
  return true;
}

/** Reads the place (`event`, `date`, `from`/`to`) from a link's parameters into the request. */
function readPlace(q: URLSearchParams, request: ViewRequest, bad: string[], calendar: LinkCalendar): void {
  const event = q.get('event');
  const date = q.get('date');
  const from = q.get('from');
  const to = q.get('to');
  if (event !== null) {
    if (event.length <= MAX_VALUE && ID_RE.test(event)) request.event = event;
    else bad.push(msg(str`event ${quote(event)}`, { id: 'link.bad.event' }));
  }
  if (date !== null) {
    if (!requestDate(date.length <= MAX_VALUE ? dayOrMonth(date, calendar) : null, request)) bad.push(msg(str`date ${quote(date)}`, { id: 'link.bad.date' }));
  }
  if (from !== null || to !== null) {
    const a = from !== null && from.length <= MAX_VALUE ? dayOrMonth(from, calendar) : null;
    const b = to !== null && to.length <= MAX_VALUE ? dayOrMonth(to, calendar) : null;
    if (a && b && b.end > a.start) request.window = [a.start, b.end];
    else bad.push(msg(str`window from ${quote(from ?? '')} to ${quote(to ?? '')}`, { id: 'link.bad.window' }));
  }
}

/** Reads `kind=a&kind=b` or `kind=a,b`: known kinds in the order of KINDS; unknown ones are named. */
function readKinds(values: string[], request: ViewRequest, bad: string[]): void {
  const asked = new Set<string>();
  for (const value of values) for (const k of value.slice(0, MAX_LINK).split(',')) if (k !== '') asked.add(k);
  const kinds = KINDS.filter((k) => asked.has(k));
  const unknown = [...asked].filter((k) => !(KINDS as readonly string[]).includes(k));
  if (kinds.length) request.kinds = kinds;
  if (unknown.length) bad.push(msg(str`kind ${unknown.slice(0, 3).map(quote).join(', ')}${unknown.length > 3 ? '…' : ''}`, { id: 'link.bad.kind' }));
}

/** Reads repeated `actor=` or `outlet=` names: kept in order, once each. */
function readNames(key: 'actor' | 'outlet', values: string[], bad: string[]): string[] | undefined {
  const names: string[] = [];
  for (const value of values) {
    if (!isName(value)) bad.push(key === 'actor' ? msg(str`actor ${quote(value)}`, { id: 'link.bad.actor' }) : msg(str`outlet ${quote(value)}`, { id: 'link.bad.outlet' }));
    else if (names.length >= MAX_NAMES) {
      const max = formatNumber(MAX_NAMES);
      bad.push(key === 'actor' ? msg(str`actors after the first ${max}`, { id: 'link.bad.actors-max' }) : msg(str`outlets after the first ${max}`, { id: 'link.bad.outlets-max' }));
      break;
    } else if (!names.includes(value)) names.push(value);
  }
  return names.length ? names : undefined;
}

/** Reads the filters, search and lanes from one source's parameters, each only when `has` says that source holds it. */
function readRest(q: URLSearchParams, has: (key: string) => boolean, request: ViewRequest, bad: string[]): void {
  if (has('kind')) readKinds(q.getAll('kind'), request, bad);
  if (has('actor')) {
    const actors = readNames('actor', q.getAll('actor'), bad);
    if (actors) request.actors = actors;
  }
  if (has('outlet')) {
    const outlets = readNames('outlet', q.getAll('outlet'), bad);
    if (outlets) request.outlets = outlets;
  }
  if (has('q')) {
    const text = cleanQuery(q.get('q') ?? '');
    if (text) request.q = text;
  }
  if (has('lanes')) {
    const lanes = q.get('lanes');
    if (lanes === 'actor') request.lanes = 'actor';
    else if (lanes !== 'packed') bad.push(`lanes ${quote(lanes ?? '')}`);
  }
}

const REST_KEYS = ['kind', 'actor', 'outlet', 'q', 'lanes'] as const;

/**
 * Reads the timeline's view from a page's query (`?date=`, `?event=`, `?from=&to=`, `?kind=`,
 * `?actor=`, `?outlet=`, `?q=`, `?lanes=`) and, for each part the query does not carry, from the
 * first `#timeline=` fragment (the page's own, or the embedding article's), which takes the same
 * parameters after its place (`#timeline=2022-10&kind=strike`).
 * Strict: anything unreadable is dropped with a calm notice; nothing here throws.
 *
 * @example parseLink('?date=2022-10-06', '') // { request: { day: Date.UTC(2022, 9, 6) } }
 * @example parseLink('?date=2022', '') // { request: { window: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] } }
 * @example parseLink('?kind=denial,strike&actor=Iran') // { request: { kinds: ['strike', 'denial'], actors: ['Iran'] } }
 * @example parseLink('?date=2022-02-30', '') // { request: {}, notice: 'This link's date “2022-02-30” …' }
 */
export function parseLink(search: string, ...fragments: string[]): ParsedLink {
  return parseLinkIn('gregorian', search, ...fragments);
}

/**
 * `parseLink` for a page of an edition: on the Persian edition's pages (`linkCalendar('fa')`) a
 * date with a year before 1700 is read as Solar Hijri, in Latin or Persian digits; any other is
 * Gregorian, as everywhere. A Solar Hijri date that does not exist (1401-12-30) gets the notice
 * any bad date gets.
 *
 * @example parseLinkIn('solar-hijri', '?date=1401-07-25') // { request: { day: Date.UTC(2022, 9, 17) } }
 * @example parseLinkIn('solar-hijri', '?date=۱۴۰۱-۰۷') // { request: { window: [23 September 2022, 23 October 2022] } }
 */
export function parseLinkIn(calendar: LinkCalendar, search: string, ...fragments: string[]): ParsedLink {
  if (search.length > MAX_LINK) return { request: {}, notice: msg('This link is too long to read, so the timeline opens on its full span.', { id: 'link.too-long' }) };
  const q = safeParams(search);
  const request: ViewRequest = {};
  const bad: string[] = [];
  const queryPlace = PLACE_KEYS.some((k) => q.has(k));
  if (queryPlace) readPlace(q, request, bad, calendar);
  readRest(q, (k) => q.has(k), request, bad);

  const missing = REST_KEYS.filter((k) => !q.has(k));
  if (!queryPlace || missing.length) {
    for (const fragment of fragments) {
      if (fragment.length > MAX_LINK) {
        if (!queryPlace) bad.push(msg('place (too long to read)', { id: 'link.bad.place-long' }));
        break;
      }
      const f = safeParams(fragment.replace(/^#/, ''));
      const value = f.get('timeline');
      if (value === null) continue;
      const carries = missing.filter((k) => f.has(k)).length > 0 || PLACE_KEYS.some((k) => f.has(k));
      if (!queryPlace) {
        // An empty `timeline=` is the whole span when the fragment carries something else.
        if (!(value === '' && carries) && !readValue(value, request, calendar)) bad.push(msg(str`place ${quote(value)}`, { id: 'link.bad.place' }));
        readPlace(f, request, bad, calendar);
      }
      readRest(f, (k) => !q.has(k) && f.has(k), request, bad);
      break;
    }
  }
  if (!bad.length) return { request };
  const parts = bad.join(msg(' and ', { id: 'link.bad.and' }));
  const notice = Object.keys(request).length
    ? msg(str`This link's ${parts} could not be read, so the timeline opens on the rest of the link.`, { id: 'link.bad.rest' })
    : msg(str`This link's ${parts} could not be read, so the timeline opens on its full span.`, { id: 'link.bad.all' });
  return { request, notice };
}

/** URLSearchParams that never throws and ignores absurdly long input. */
function safeParams(text: string): URLSearchParams {
  try {
    return new URLSearchParams(text.length > MAX_LINK ? '' : text);
  } catch {
    return new URLSearchParams();
  }
}
