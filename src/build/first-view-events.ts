import { scaleLinear } from 'd3-scale';
import { denseLimit, denseSample, PACKED_VIEW } from '../chart/frame';
import { fullDomain } from '../chart/view-window';
import { indexModel, type TimelineModel } from '../data/timeline-model';

/**
 * Plot widths whose crowded first views, together, pick every event any width from a phone's to
 * a wide screen's can show: the dense view's stretches of time double as the width halves.
 */
const WIDTHS = [320, 640, 1280, 2560];

/**
 * The events a page's first view (the whole span, at any width) can show, in date order: a
 * crowded view's picks (see denseSample) at every width, or every event when some width is not
 * crowded (then it lays out all of them). The picks are those of the model a large data set's
 * page reads from its index: its heads, kinds and importance.
 */
export function firstViewEvents<M extends TimelineModel>(model: M): M['events'] {
  if (WIDTHS.some((width) => model.events.length <= denseLimit({ ...PACKED_VIEW, width }))) return model.events;
  const read = indexModel(model.events.map((c) => ({ ...c, event: { id: c.event.id, date: c.event.date, kind: c.event.kind, title: c.event.title, importance: (c.event as { importance?: number }).importance } })));
  const picked = new Set<number>();
  for (const width of WIDTHS) {
    const xs = scaleLinear().domain(fullDomain(model.extent)).range([0, width]);
    for (const e of denseSample(read, xs, { width, ...PACKED_VIEW })) picked.add(e.index);
  }
  return model.events.filter((e) => picked.has(e.index));
}
