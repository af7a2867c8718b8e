import { KINDS } from '../data/types';
import { DAY_MS, formatDayIso, formatMonthIso, parseMonth } from '../time/calendar-day';
import { cleanQuery, MAX_NAMES, type ViewRequest } from './view-request';

/** Whether an instant is the first moment of a UTC month. */
function isMonthStart(ms: number): boolean {
  return parseMonth(formatMonthIso(ms))?.start === ms;
}

/**
 * A window as `from`/`to` values, as precise as it allows: months when both ends fall on month
 * boundaries, else days (a window that does not fall on midnights is widened to whole days).
 */
function windowValues([start, end]: [number, number]): [string, string] {
  if (isMonthStart(start) && isMonthStart(end)) return [formatMonthIso(start), formatMonthIso(end - 1)];
  const from = Math.floor(start / DAY_MS) * DAY_MS;
  const to = Math.max(from + DAY_MS, Math.ceil(end / DAY_MS) * DAY_MS);
  return [formatDayIso(from), formatDayIso(to - DAY_MS)];
}

/** The parameters of a view in their canonical order; defaults and empty filters left out. */
function viewParams(state: ViewRequest, place = true): URLSearchParams {
  const p = new URLSearchParams();
  if (place) {
    if (state.event !== undefined) p.append('event', state.event);
    if (state.day !== undefined) p.append('date', formatDayIso(state.day));
    if (state.window) {
      const [from, to] = windowValues(state.window);
      p.append('from', from);
      p.append('to', to);
    }
  }
  const kinds = KINDS.filter((k) => state.kinds?.includes(k));
  if (kinds.length) p.append('kind', kinds.join(','));
  for (const a of unique(state.actors)) p.append('actor', a);
  for (const o of unique(state.outlets)) p.append('outlet', o);
  const q = state.q === undefined ? '' : cleanQuery(state.q);
  if (q) p.append('q', q);
  if (state.lanes === 'actor') p.append('lanes', 'actor');
  return p;
}

/** Names once each, in order, at most as many as a link may carry. */
function unique(names: readonly string[] | undefined): string[] {
  return [...new Set(names ?? [])].filter((n) => n !== '').slice(0, MAX_NAMES);
}

/** `+` for spaces (as URLSearchParams writes them) reads badly in a link people share: `%20` reads the same everywhere. */
const encode = (p: URLSearchParams) => p.toString().replace(/\+/g, '%20');

/**
 * A view as a canonical query string (with its `?`, or '' for the default view): parameters in
 * a stable order (event, date, from, to, kind, actor, outlet, q, lanes), kinds comma-joined in
 * the order of KINDS, defaults left out. `parseLink(writeView(v)).request` equals `v` for any
 * view parseLink can return.
 *
 * @example writeView({ kinds: ['strike', 'denial'], actors: ['Iran'], window: [Date.UTC(2022, 9, 1), Date.UTC(2022, 11, 1)] })
 * // '?from=2022-10&to=2022-11&kind=strike,denial&actor=Iran'
 */
export function writeView(state: ViewRequest): string {
  const s = encode(viewParams(state)).replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/**
 * A view as a `#timeline=` fragment, for an article that embeds the timeline: its place (an
 * event, a day, a month or a year) as the `timeline=` value, other windows and the filters as
 * parameters after it (`#timeline=2022-10&kind=strike`); '' for the default view.
 *
 * @example writeFragment({ event: 'first-event', kinds: ['strike'] }) // '#timeline=first-event&kind=strike'
 */
export function writeFragment(state: ViewRequest): string {
  const place = placeValue(state);
  const rest = place === null ? viewParams(state) : viewParams(state, false);
  const tail = encode(rest).replace(/%2C/g, ',');
  if (place === '' && !tail) return '';
  return `#timeline=${encodeURIComponent(place ?? '')}${tail ? `&${tail}` : ''}`;
}

/** The single `timeline=` value that says all of a view's place, or null when it takes parameters. */
function placeValue(state: ViewRequest): string | null {
  const { event, day, window } = state;
  if (event !== undefined) return day === undefined && !window ? event : null;
  if (day !== undefined) return window ? null : formatDayIso(day);
  if (!window) return '';
  const [from, to] = windowValues(window);
  if (from.length === 7 && from === to) return from;
  if (from.length === 7 && from.endsWith('-01') && to === `${from.slice(0, 4)}-12`) return from.slice(0, 4);
  return null;
}
