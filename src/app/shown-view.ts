import type { Kind, TimelineEvent } from '../data/types';
import type { FindState } from './find-state';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import type { LargeIndex } from '../data/large-index';
import { subsetModel } from '../data/subset-model';
import { eventFacets, type EventFacets } from '../view/event-facets';
import { unpackFacets } from '../view/packed-facets';
import { selectEvents, type Selection } from '../view/select-events';
import { actorFrame, actorLanes } from '../chart/actor-frame';

/** What the chart needs to draw lanes by actor (it comes with the lazily loaded part, like the filters). */
export interface ByActor {
  actorsOf: (e: ChartEvent) => readonly string[];
  frame: typeof actorFrame;
  lanes: typeof actorLanes;
}

const facetCache = new WeakMap<TimelineModel, EventFacets>();

/** Each event's actors and outlets, as codes (small data: from the events; large: from the index), computed once. */
export function facetsOf(model: TimelineModel, index?: Pick<LargeIndex, 'facets' | 'at'> | null): EventFacets {
  let f = facetCache.get(model);
  if (index && !index.facets) throw new Error('The index\'s facets have not come yet.');
  if (!f) facetCache.set(model, (f = index ? unpackFacets(index.facets!, index.at.length) : eventFacets(model.events.map((e) => e.event as TimelineEvent))));
  return f;
}

export type { FindState } from './find-state';

/** The views that show the events: each is handed the model of what is shown. */
export interface ShownViews {
  chart: {
    model: TimelineModel | null;
    kinds: ReadonlySet<Kind> | null;
    laneMode: 'packed' | 'actor';
    byActor: ByActor | null;
    laneActors: readonly string[];
  };
  overview?: { model: TimelineModel | null } | null;
  /** The list's items, by event id: hidden when filtered out. */
  list?: HTMLElement | null;
  /** The filter bar's count of what is shown (it says so before the bar itself is wired). */
  count?: HTMLElement | null;
}

/** The outcome of applying a state: what is shown, and whether an event was shown only because a link asked for it. */
export interface Applied {
  selection: Selection;
  /** The shown model handed to the views. */
  model: TimelineModel;
  /** An event a link opened that the filter would hide: shown anyway. */
  forced: string | null;
}

/**
 * Applies a find state to the chart, the overview and the list: they all get the same model of
 * the shown events, so Previous / Next, the keyboard order, the density strip and the list can
 * never disagree. An event a link opens (`keep`) is shown even when the filter hides it.
 */
export function applyFind(model: TimelineModel, facets: EventFacets, state: FindState, views: ShownViews, keep?: string | null): Applied {
  const selection = selectEvents(model, facets, state);
  const kept = keep ? model.byId.get(keep) : undefined;
  const forced = kept && selection.mask[kept.index] !== 1 ? kept.event.id : null;
  if (kept && forced) selection.mask[kept.index] = 1;
  const shown = subsetModel(model, (e) => selection.mask[e.index] === 1);
  const { chart } = views;
  chart.model = shown;
  chart.kinds = state.kinds?.length ? new Set(state.kinds) : null;
  chart.laneMode = state.lanes === 'actor' ? 'actor' : 'packed';
  chart.laneActors = state.actors ?? [];
  chart.byActor ??= { actorsOf: actorsOf(model, facets), frame: actorFrame, lanes: actorLanes };
  if (views.overview) views.overview.model = shown;
  if (views.count) views.count.textContent = selection.sentence;
  if (views.list) for (const li of views.list.querySelectorAll<HTMLElement>('li.event[data-id]')) li.hidden = !shown.byId.has(li.dataset.id!);
  return { selection, model: shown, forced };
}

/** An event's actors, by its id (the shown model's events are re-indexed; the facets are by the whole model's index). */
export function actorsOf(model: TimelineModel, facets: EventFacets): (e: ChartEvent) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (e) => {
    let names = cache.get(e.event.id);
    if (!names) {
      const i = model.byId.get(e.event.id)?.index ?? -1;
      const out: string[] = [];
      if (i >= 0) for (let k = facets.actorStart[i]; k < facets.actorStart[i + 1]; k++) out.push(facets.actors[facets.actorCodes[k]]);
      cache.set(e.event.id, (names = out));
    }
    return names;
  };
}
