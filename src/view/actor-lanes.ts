import type { EventHead } from '../data/types';
import type { ChartEvent } from '../data/timeline-model';
import type { EventFacets } from './event-facets';

/** One lane of the view by actor: an actor and its shown events, in date order. */
export interface ActorLane<E> {
  actor: string;
  events: E[];
}

/**
 * The lanes of the view by actor: one per actor of the shown events (an event with several
 * actors is in each of their lanes), the busiest first, ties in alphabetical order. With `only`
 * (the actors a filter names, say on a phone) just those lanes.
 *
 * @example actorLanes(selection.shown, facets).map((l) => l.actor) // ['Iran', 'Russia', …]
 */
export function actorLanes<H extends EventHead>(shown: readonly ChartEvent<H>[], facets: EventFacets, only?: readonly string[]): ActorLane<ChartEvent<H>>[] {
  const keep = only?.length ? new Set(only) : null;
  const lanes = new Map<number, ChartEvent<H>[]>();
  for (const e of shown) {
    for (let k = facets.actorStart[e.index]; k < facets.actorStart[e.index + 1]; k++) {
      const code = facets.actorCodes[k];
      if (keep && !keep.has(facets.actors[code])) continue;
      let lane = lanes.get(code);
      if (!lane) lanes.set(code, (lane = []));
      lane.push(e);
    }
  }
  return [...lanes]
    .map(([code, events]) => ({ actor: facets.actors[code], events }))
    .sort((a, b) => b.events.length - a.events.length || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}
