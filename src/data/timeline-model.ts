import type { EventHead } from './types';
import { eventTime, type EventTime } from '../time/event-time';

/** An event ready to draw: the data plus where it sits in time and its rank in date order. */
export interface ChartEvent<E extends EventHead = EventHead> extends EventTime {
  index: number;
  event: E;
}

/** Everything the chart needs, computed once from validated data. */
export interface TimelineModel<E extends EventHead = EventHead> {
  events: ChartEvent<E>[];
  byId: Map<string, ChartEvent<E>>;
  /** The widest span any event has, in ms: how far outside the view a span can reach in. */
  reach: number;
  /** The whole span of the data, [first start, last end]. */
  extent: [number, number];
}

/**
 * Puts validated events in date order (by the point each is drawn at; ties keep file order)
 * and indexes them by id.
 */
export function buildModel<E extends EventHead>(data: { events: readonly E[] }): TimelineModel<E> {
  const timed = data.events.map((event, i) => ({ event, i, ...eventTime(event.date) }));
  timed.sort((a, b) => a.at - b.at || a.i - b.i);
  return indexModel(timed.map(({ event, start, end, at, uncertain }, index) => ({ index, event, start, end, at, uncertain })));
}

/**
 * The model of events already in date order: indexed by id, with their widest reach and whole
 * span. The index by id is built the first time it is read: a first view that selects nothing
 * does not wait for it (at 100,000 events it is a Map of 100,000 long keys), and again when
 * `version` changes (a large data set's ids arrive after its first draw: see large-index.ts).
 */
export function indexModel<E extends EventHead>(events: ChartEvent<E>[], version = () => 0): TimelineModel<E> {
  let reach = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    reach = Math.max(reach, e.at - e.start, e.end - e.at);
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  let byId: Map<string, ChartEvent<E>> | undefined;
  let built = 0;
  return {
    events,
    get byId() {
      if (built !== version()) byId = undefined;
      built = version();
      return (byId ??= new Map(events.map((e) => [e.event.id, e])));
    },
    reach,
    extent: [lo, hi],
  };
}
