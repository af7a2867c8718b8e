import type { TimelineEvent } from '../data/types';

/** One event's codes in a name list: a single code, or several (each once). */
export type Codes = number | readonly number[];

/**
 * Each event's actors and source outlets as codes into two name lists, by the event's place in
 * date order. Compact enough to ship in the large-data index (a number per event, mostly), and
 * what filters and facet counts read, so neither needs the events' details.
 */
export interface EventFacets {
  /** Every actor, once (in order of first appearance). */
  actors: string[];
  /** Every source outlet, once (in order of first appearance). */
  outlets: string[];
  /** Per event: its actors' codes. */
  eventActors: Codes[];
  /** Per event: its sources' outlets' codes, each once. */
  eventOutlets: Codes[];
}

/** Codes names into a growing list, each name once. */
class NameCodes {
  readonly names: string[] = [];
  readonly #codes = new Map<string, number>();
  code(name: string): number {
    let c = this.#codes.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.names.push(name);
      this.#codes.set(name, c);
    }
    return c;
  }
  /** A list of names as codes: one number for one name, an array for several, duplicates dropped. */
  codes(names: Iterable<string>): Codes {
    const list = [...new Set(Array.from(names, (n) => this.code(n)))];
    return list.length === 1 ? list[0] : list;
  }
}

/**
 * The facets of events given in date order (the model's order).
 *
 * @example eventFacets([{ actors: ['Iran', 'Russia'], sources: [{ outlet: 'CNN' }] }])
 * // { actors: ['Iran', 'Russia'], outlets: ['CNN'], eventActors: [[0, 1]], eventOutlets: [0] }
 */
export function eventFacets(events: readonly Pick<TimelineEvent, 'actors' | 'sources'>[]): EventFacets {
  const actors = new NameCodes();
  const outlets = new NameCodes();
  const eventActors = events.map((e) => actors.codes(e.actors));
  const eventOutlets = events.map((e) => outlets.codes(e.sources.map((s) => s.outlet)));
  return { actors: actors.names, outlets: outlets.names, eventActors, eventOutlets };
}

/** Calls `f` with each code of one event's codes (no allocation). */
export function forEachCode(codes: Codes, f: (code: number) => void): void {
  if (typeof codes === 'number') f(codes);
  else for (let i = 0; i < codes.length; i++) f(codes[i]);
}
