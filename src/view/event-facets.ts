import type { TimelineEvent } from '../data/types';

/**
 * Each event's actors and source outlets as codes into two name lists, by the event's place in
 * date order: event i's actor codes are `actorCodes[actorStart[i] .. actorStart[i + 1])`. What
 * filters and facet counts read, so neither needs the events' details (the large-data index
 * carries it packed, see packed-facets.ts).
 */
export interface EventFacets {
  /** Every actor, once (in order of first appearance). */
  actors: string[];
  /** Every source outlet, once (in order of first appearance). */
  outlets: string[];
  actorStart: Uint32Array;
  /** Each event's actors' codes, ascending, each once. */
  actorCodes: Uint32Array;
  outletStart: Uint32Array;
  /** Each event's sources' outlets' codes, ascending, each once. */
  outletCodes: Uint32Array;
}

/** Codes each event's names into one name list: [names, starts, codes]. */
function code(lists: readonly (readonly string[])[]): [string[], Uint32Array, Uint32Array] {
  const names: string[] = [];
  const codes = new Map<string, number>();
  const start = new Uint32Array(lists.length + 1);
  const flat: number[] = [];
  lists.forEach((list, i) => {
    const mine = new Set<number>();
    for (const name of list) {
      let c = codes.get(name);
      if (c === undefined) codes.set(name, (c = names.push(name) - 1));
      mine.add(c);
    }
    flat.push(...[...mine].sort((a, b) => a - b));
    start[i + 1] = flat.length;
  });
  return [names, start, Uint32Array.from(flat)];
}

/**
 * The facets of events given in date order (the model's order).
 *
 * @example eventFacets([{ actors: ['Iran', 'Russia'], sources: [{ outlet: 'CNN' }] }]).actors // ['Iran', 'Russia']
 */
export function eventFacets(events: readonly Pick<TimelineEvent, 'actors' | 'sources'>[]): EventFacets {
  const [actors, actorStart, actorCodes] = code(events.map((e) => e.actors));
  const [outlets, outletStart, outletCodes] = code(events.map((e) => e.sources.map((s) => s.outlet)));
  return { actors, outlets, actorStart, actorCodes, outletStart, outletCodes };
}
