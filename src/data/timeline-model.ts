import type { TimelineData, TimelineEvent } from './types';
import { eventTime, type EventTime } from '../time/event-time';

/** An event ready to draw: the data plus where it sits in time and its rank in date order. */
export interface ChartEvent extends EventTime {
  index: number;
  event: TimelineEvent;
}

/** Everything the chart needs, computed once from validated data. */
export interface TimelineModel {
  events: ChartEvent[];
  byId: Map<string, ChartEvent>;
  /** The widest span any event has, in ms: how far outside the view a span can reach in. */
  reach: number;
  /** The whole span of the data, [first start, last end]. */
  extent: [number, number];
}

/**
 * Puts validated events in date order (by the point each is drawn at; ties keep file order)
 * and indexes them by id.
 */
export function buildModel(data: Pick<TimelineData, 'events'>): TimelineModel {
  const timed = data.events.map((event, i) => ({ event, i, ...eventTime(event.date) }));
  timed.sort((a, b) => a.at - b.at || a.i - b.i);
  const events: ChartEvent[] = timed.map(({ event, start, end, at, uncertain }, index) => ({ index, event, start, end, at, uncertain }));
  let reach = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    reach = Math.max(reach, e.at - e.start, e.end - e.at);
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  return { events, byId: new Map(events.map((e) => [e.event.id, e])), reach, extent: [lo, hi] };
}
