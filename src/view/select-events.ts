import type { EventHead, Kind } from '../data/types';
import type { ChartEvent, TimelineModel } from '../data/timeline-model';
import type { EventFacets } from './event-facets';
import { msg, str } from '../i18n/msg';
import { formatNumber, plural } from '../i18n/plural';
import { eventCount } from '../i18n/event-count';

/** What a reader narrowed the timeline to: any of the kinds, and any of the actors, and any of the outlets. */
export interface EventFilter {
  kinds?: readonly Kind[];
  actors?: readonly string[];
  outlets?: readonly string[];
}

/** What every view (chart, overview, list, Previous/Next, keyboard) shows for a filter and a search. */
export interface Selection<E extends ChartEvent = ChartEvent> {
  /** 1 for each shown event, by its index in the model (date order). */
  mask: Uint8Array;
  /** The shown events, in date order. */
  shown: E[];
  /** The shown events a search matched, in date order (all shown events when there is no search). */
  matches: E[];
  /** How many events the data has. */
  total: number;
  /** What the counts say: "9 of 30 events", "1 of 30 events", "30 events". */
  sentence: string;
}


/**
 * How a count of shown events reads.
 *
 * @example countSentence(9, 30) // '9 of 30 events'
 * @example countSentence(30, 30) // '30 events'
 */
export function countSentence(shown: number, total: number): string {
  if (shown === total) return eventCount(total);
  const [n, of] = [formatNumber(shown), formatNumber(total)];
  // The noun agrees with the total ("1 of 3 events"; Russian "1 из 3 событий").
  return plural(total, {
    one: msg(str`${n} of ${of} event`, { id: 'find.count.one' }),
    few: msg(str`${n} of ${of} events`, { id: 'find.count.few' }),
    many: msg(str`${n} of ${of} events`, { id: 'find.count.many' }),
    other: msg(str`${n} of ${of} events`, { id: 'find.count.other' }),
  });
}

/** Marks the codes of the given names (names that match nothing mark nothing); null when the group sets no constraint. */
function wanted(names: readonly string[] | undefined, all: readonly string[]): Uint8Array | null {
  if (!names?.length) return null;
  const on = new Uint8Array(all.length);
  const asked = new Set(names);
  all.forEach((name, code) => {
    if (asked.has(name)) on[code] = 1;
  });
  return on;
}

/** Whether any of event i's codes is wanted. */
function hits(i: number, start: Uint32Array, codes: Uint32Array, on: Uint8Array): boolean {
  for (let k = start[i]; k < start[i + 1]; k++) if (on[codes[k]] === 1) return true;
  return false;
}

/**
 * The events a filter shows (OR within kinds, actors and outlets; AND across them; an empty
 * group sets no constraint), and among them those a search matched (`matched`, by model index,
 * when there is a search). One pass over the events tests the filter; nothing is allocated per
 * event but the result.
 *
 * @example selectEvents(model, facets, { kinds: ['denial'], actors: ['Iran'] }).sentence // '3 of 30 events'
 */
export function selectEvents<H extends EventHead>(model: TimelineModel<H>, facets: EventFacets, filter: EventFilter, matched?: Uint8Array): Selection<ChartEvent<H>> {
  const events = model.events;
  const kinds = filter.kinds?.length ? new Set<Kind>(filter.kinds) : null;
  const actors = wanted(filter.actors, facets.actors);
  const outlets = wanted(filter.outlets, facets.outlets);
  // One pass marks the shown events (2: shown and matched); the lists are then filled in place:
  // pushing tens of thousands of events onto a growing array is many times slower.
  const mask = new Uint8Array(events.length);
  let shownCount = 0;
  let matchCount = 0;
  for (let i = 0; i < events.length; i++) {
    if (kinds && !kinds.has(events[i].event.kind)) continue;
    if (actors && !hits(i, facets.actorStart, facets.actorCodes, actors)) continue;
    if (outlets && !hits(i, facets.outletStart, facets.outletCodes, outlets)) continue;
    shownCount++;
    if (!matched || matched[i] === 1) {
      mask[i] = 2;
      matchCount++;
    } else mask[i] = 1;
  }
  const shown = new Array<ChartEvent<H>>(shownCount);
  const matches = matched ? new Array<ChartEvent<H>>(matchCount) : shown;
  for (let i = 0, s = 0, m = 0; s < shownCount; i++) {
    const v = mask[i];
    if (v === 0) continue;
    shown[s++] = events[i];
    if (v === 2 && matched) matches[m++] = events[i];
    mask[i] = 1;
  }
  return { mask, shown, matches, total: events.length, sentence: countSentence(shownCount, events.length) };
}
