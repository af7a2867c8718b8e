import '../components/embed-builder';
import type { TimelineChart } from '../components/timeline-chart';
import type { TimelineModel } from '../data/timeline-model';
import type { EventFacets } from '../view/event-facets';
import { facetLists } from '../view/facets';
import type { FindState } from './shown-view';
import type { ViewRequest } from '../url/view-request';
import { formatEventDate } from '../time/date-label';

/** At most this many events are offered to start on (a select of thousands helps nobody). */
const MAX_EVENTS = 2000;

/** What the page hands the builder: its chart, the whole model, the find state and where the site lives. */
export interface BuilderPage {
  chart: TimelineChart;
  /** The whole model (not the filtered one the chart draws). */
  model: TimelineModel;
  facets: EventFacets;
  find: FindState;
  rootUrl: string;
  title: string;
}

/** The view the page shows now: the window (unless it is the whole span), the selection, the filters and lanes. */
export function currentView({ chart, find }: Pick<BuilderPage, 'chart' | 'find'>): ViewRequest {
  const w = chart.visibleWindow();
  const full = chart.fullWindow();
  const zoomed = w && full && (Math.abs(w[0] - full[0]) > 1 || Math.abs(w[1] - full[1]) > 1);
  return { ...find, window: zoomed ? w : undefined, event: chart.selectedId ?? undefined };
}

/** Opens the embed builder (one per page) on the page's current view; focus returns to the opener when it closes. */
export function openEmbedBuilder(page: BuilderPage): void {
  let b = document.querySelector('embed-builder');
  if (!b) {
    b = document.createElement('embed-builder');
    document.body.append(b);
  }
  const { model } = page;
  Object.assign(b, {
    rootUrl: page.rootUrl,
    siteTitle: page.title,
    events: model.events.slice(0, MAX_EVENTS).map((e) => ({ id: e.event.id, label: `${formatEventDate(e.event.date)}: ${e.event.title}` })),
    facets: facetLists(model, page.facets),
    span: model.extent[1] > model.extent[0] ? [model.extent[0], model.extent[1]] : null,
  });
  void b.show(currentView(page));
}
