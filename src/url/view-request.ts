import { DAY_MS, parseDay, parseMonth, parseYear } from '../time/calendar-day';

/** What a link asks the timeline to show, before it is checked against the data. */
export interface ViewRequest {
  /** An event to select, centre and open. */
  event?: string;
  /** A calendar day (UTC midnight) to open on: its event, or the nearest one with the day marked. */
  day?: number;
  /** A window of time to show [from, to), from `?date=YYYY-MM`, `?date=YYYY` or `?from=…&to=…`. */
  window?: [number, number];
}

/** The outcome of reading a link: what to show, and a short notice when part of it was unreadable. */
export interface ParsedLink {
  request: ViewRequest;
  notice?: string;
}

const MAX_VALUE = 100;
const MAX_LINK = 4096;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A value from a link, shortened and flattened for a notice (it is shown as text, never markup). */
function quote(value: string): string {
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
}

/** Reads a day, a month or a year as [start, end) in UTC ms, or null. */
function dayOrMonth(value: string): { kind: 'day' | 'month' | 'year'; start: number; end: number } | null {
  const day = parseDay(value);
  if (day !== null) return { kind: 'day', start: day, end: day + DAY_MS };
  const month = parseMonth(value);
  if (month) return { kind: 'month', ...month };
  const year = parseYear(value);
  return year ? { kind: 'year', ...year } : null;
}

/** Asks for a day (its event) or a month or year (its window); false when there is none. */
function requestDate(d: ReturnType<typeof dayOrMonth>, request: ViewRequest): boolean {
  if (d?.kind === 'day') request.day = d.start;
  else if (d) request.window = [d.start, d.end];
  return d !== null;
}

/** Reads one `timeline=` style value: a day, a month, a year or an event id. */
function readValue(value: string, request: ViewRequest): boolean {
  if (value.length === 0 || value.length > MAX_VALUE) return false;
  if (requestDate(dayOrMonth(value), request)) return true;
  // A value shaped like a date but not a real one (2022-02-30) is an error, not an event id.
  if (!ID_RE.test(value) || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
  request.event = value;
  return true;
}

/**
 * Reads the timeline's view from a page's query (`?date=`, `?event=`, `?from=&to=`) and,
 * failing that, a `#timeline=` fragment (the page's own, or the embedding article's).
 * Strict: anything unreadable is dropped with a calm notice; nothing here throws.
 *
 * @example parseLink('?date=2022-10-06', '') // { request: { day: Date.UTC(2022, 9, 6) } }
 * @example parseLink('?date=2022', '') // { request: { window: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] } }
 * @example parseLink('?date=2022-02-30', '') // { request: {}, notice: 'This link's date “2022-02-30” …' }
 */
export function parseLink(search: string, ...fragments: string[]): ParsedLink {
  if (search.length > MAX_LINK) return { request: {}, notice: 'This link is too long to read, so the timeline opens on its full span.' };
  const q = safeParams(search);
  const request: ViewRequest = {};
  const bad: string[] = [];
  const event = q.get('event');
  const date = q.get('date');
  const from = q.get('from');
  const to = q.get('to');

  if (event !== null) {
    if (event.length <= MAX_VALUE && ID_RE.test(event)) request.event = event;
    else bad.push(`event ${quote(event)}`);
  }
  if (date !== null) {
    if (!requestDate(date.length <= MAX_VALUE ? dayOrMonth(date) : null, request)) bad.push(`date ${quote(date)}`);
  }
  if (from !== null || to !== null) {
    const a = from !== null && from.length <= MAX_VALUE ? dayOrMonth(from) : null;
    const b = to !== null && to.length <= MAX_VALUE ? dayOrMonth(to) : null;
    if (a && b && b.end > a.start) request.window = [a.start, b.end];
    else bad.push(`window from ${quote(from ?? '')} to ${quote(to ?? '')}`);
  }
  if (event === null && date === null && from === null && to === null) {
    for (const fragment of fragments) {
      if (fragment.length > MAX_LINK) {
        bad.push('place (too long to read)');
        break;
      }
      const value = safeParams(fragment.replace(/^#/, '')).get('timeline');
      if (value === null) continue;
      if (!readValue(value, request)) bad.push(`place ${quote(value)}`);
      break;
    }
  }
  return bad.length ? { request, notice: `This link's ${bad.join(' and ')} could not be read, so the timeline opens ${Object.keys(request).length ? 'on the rest of the link' : 'on its full span'}.` } : { request };
}

/** URLSearchParams that never throws and ignores absurdly long input. */
function safeParams(text: string): URLSearchParams {
  try {
    return new URLSearchParams(text.length > MAX_LINK ? '' : text);
  } catch {
    return new URLSearchParams();
  }
}
