import { KINDS, type Kind } from '../data/types';
import type { TimelineModel } from '../data/timeline-model';
import type { EventFacets } from './event-facets';

/** A value a reader can filter by, with how many events have it. */
export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}

/** What the filter controls list: every kind (in the legend's order), actor and outlet (most events first), with counts. */
export interface FacetLists {
  kinds: FacetCount<Kind>[];
  actors: FacetCount[];
  outlets: FacetCount[];
}

/** Names with their counts, most first, ties in alphabetical order; names no event has left out. */
function ranked(names: readonly string[], counts: Int32Array): FacetCount[] {
  const out: FacetCount[] = [];
  names.forEach((value, i) => {
    if (counts[i] > 0) out.push({ value, count: counts[i] });
  });
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * The kinds, actors and outlets of a model's events with their event counts (an event counts
 * once for each of its actors and once for each outlet among its sources). Kinds are all listed,
 * in the order of KINDS, even those with no event, as the legend shows them all.
 *
 * @example facetLists(model, eventFacets(model.events.map((e) => e.event))).actors[0] // { value: 'Iran', count: 28 }
 */
export function facetLists(model: TimelineModel, facets: EventFacets): FacetLists {
  const kindCounts = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const actorCounts = new Int32Array(facets.actors.length);
  const outletCounts = new Int32Array(facets.outlets.length);
  for (const e of model.events) kindCounts.set(e.event.kind, (kindCounts.get(e.event.kind) ?? 0) + 1);
  for (const c of facets.actorCodes) actorCounts[c]++;
  for (const c of facets.outletCodes) outletCounts[c]++;
  return {
    kinds: KINDS.map((value) => ({ value, count: kindCounts.get(value) ?? 0 })),
    actors: ranked(facets.actors, actorCounts),
    outlets: ranked(facets.outlets, outletCounts),
  };
}
