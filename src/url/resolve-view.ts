import type { TimelineModel } from '../data/timeline-model';
import { DAY_MS } from '../time/calendar-day';
import { nearestIndex } from '../chart/visible';
import type { ViewRequest } from './view-request';
import { formatUtc } from '../time/date-label';
import { msg, str } from '../i18n/msg';

/** What the chart should do for a link: the window to show, the event to open, the day to mark. */
export interface ResolvedView {
  window?: [number, number];
  select?: string;
  markDay?: number;
  notice?: string;
}

/** How much time is shown around a linked event or day: enough to see its neighbours. */
export const CONTEXT_MS = 21 * DAY_MS;

function around(start: number, end: number): [number, number] {
  const pad = Math.max(CONTEXT_MS, (end - start) * 0.5);
  return [start - pad, end + pad];
}

/** The longest window that may answer for a day it holds: a month. */
const HOLDER_MAX_MS = 31 * DAY_MS;

function narrowestHolder(model: TimelineModel, day: number) {
  let best: TimelineModel['events'][number] | undefined;
  for (const e of model.events) {
    const width = e.end - e.start;
    const open = e.event.date.precision === 'before' && !e.event.date.after;
    if (!open && e.start <= day && day < e.end && width <= HOLDER_MAX_MS && (!best || width < best.end - best.start)) best = e;
  }
  return best;
}

/**
 * Checks a link's request against the data. An event id opens that event; a day opens the
 * event on that day, or the nearest one with the day marked; a window shows that window.
 * When both a window and an event or day are given, the window is shown and the event selected.
 */
export function resolveView(request: ViewRequest, model: TimelineModel): ResolvedView {
  const out: ResolvedView = {};
  if (request.event !== undefined) {
    const item = model.byId.get(request.event);
    if (item) {
      out.select = item.event.id;
      out.window = request.window ?? around(item.start, item.end);
      return out;
    }
    out.notice = msg('The event in this link is not on the timeline, so it opens on its full span.', { id: 'link.event-missing' });
  }
  if (model.events.length) {
    // A day or window wholly before or after the data: the nearest events, said plainly, never an
    // empty view (nor a view from the link's day all the way to the data).
    const [lo, hi] = model.extent;
    const [from, to] = request.window ?? (request.day !== undefined ? [request.day, request.day + DAY_MS] : [NaN, NaN]);
    if (to <= lo) return outside(model.events[0], msg(str`No events before ${formatUtc(lo, 'month')}: the timeline opens on the first one.`, { id: 'link.before-data' }));
    if (from >= hi) return outside(model.events[model.events.length - 1], msg(str`No events after ${formatUtc(hi - 1, 'month')}: the timeline opens on the last one.`, { id: 'link.after-data' }));
  }
  if (request.day !== undefined && model.events.length) {
    const day = request.day;
    // Prefer an event dated to exactly that day, then the narrowest window of a month at most
    // that holds it: a year holds too many days to answer for one, and an open "before" span
    // (no earliest day) is drawn, not known.
    const exact = model.events.find((e) => !e.uncertain && e.start === day) ?? narrowestHolder(model, day);
    const item = exact ?? model.events[nearestIndex(model.events, day + DAY_MS / 2)];
    out.select = item.event.id;
    if (!exact) out.markDay = day;
    out.window = request.window ?? around(Math.min(day, item.start), Math.max(day + DAY_MS, item.end));
    return out;
  }
  if (request.window) out.window = request.window;
  return out;
}

/** The view for a link outside the data: the nearest event, opened, with a short notice. */
function outside(item: TimelineModel['events'][number], notice: string): ResolvedView {
  return { select: item.event.id, window: around(item.start, item.end), notice };
}
