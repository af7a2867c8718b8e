import type { EventHead } from './types';
import type { ChartEvent, TimelineModel } from './timeline-model';

/**
 * The model of the events a filter shows, in date order and indexed afresh (Previous / Next,
 * the keyboard order and the overview all follow it), keeping the whole model's span and reach,
 * so the chart's scale, and the window the reader is looking at, do not move when a filter
 * changes. `keep` is asked once per event; with every event kept, the model itself is returned.
 *
 * @example subsetModel(model, (e) => e.event.kind === 'strike').events.length // the strikes
 */
export function subsetModel<E extends EventHead>(model: TimelineModel<E>, keep: (e: ChartEvent<E>) => boolean): TimelineModel<E> {
  const events: ChartEvent<E>[] = [];
  for (const e of model.events) if (keep(e)) events.push(e.index === events.length ? e : { ...e, index: events.length });
  if (events.length === model.events.length) return model;
  return { events, byId: new Map(events.map((e) => [e.event.id, e])), reach: model.reach, extent: model.extent };
}
