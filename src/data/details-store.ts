import type { EventHead, TimelineEvent } from './types';
import { chunkMonth, type LargeIndex } from './large-index';
import { appendScript } from '../app/append-script';

/** Where the chart, the tooltip and the list get an event's full details. */
export interface DetailsStore {
  /** The details, if they are here already. */
  get(id: string): TimelineEvent | undefined;
  /** The details, loading their month first when needed; undefined for an unknown id. */
  load(head: Pick<EventHead, 'id' | 'date'>): Promise<TimelineEvent | undefined>;
}

/** Details that are all in the page already (small data sets). */
export function inlineDetails(events: readonly TimelineEvent[]): DetailsStore {
  const byId = new Map(events.map((e) => [e.id, e]));
  return { get: (id) => byId.get(id), load: async (head) => byId.get(head.id) };
}

declare global {
  interface Window {
    TIMELINE_INDEX?: LargeIndex;
    TIMELINE_DETAILS?: (month: string, events: TimelineEvent[]) => void;
  }
}

/**
 * Details loaded a month at a time, as classic scripts next to the index script (classic, so
 * they also load in sandboxed frames); each calls `TIMELINE_DETAILS(month, events)`.
 */
export function chunkedDetails(index: LargeIndex, baseUrl: string): DetailsStore {
  const byId = new Map<string, TimelineEvent>();
  const loading = new Map<string, Promise<void>>();
  window.TIMELINE_DETAILS = (_month, events) => {
    for (const e of events) byId.set(e.id, e);
  };
  const loadMonth = (month: string): Promise<void> => {
    const file = index.chunks[month];
    if (!file) return Promise.resolve();
    let p = loading.get(month);
    if (!p) {
      p = appendScript(new URL(file, baseUrl).href).catch((e: unknown) => {
        loading.delete(month);
        throw e;
      });
      loading.set(month, p);
    }
    return p;
  };

  return {
    get: (id) => byId.get(id),
    load: async (head) => {
      if (!byId.has(head.id)) await loadMonth(chunkMonth(head));
      return byId.get(head.id);
    },
  };
}
