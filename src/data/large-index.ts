import type { EventHead, TimelineData } from './types';
import { formatMonthIso } from '../time/calendar-day';
import { eventTime } from '../time/event-time';

/**
 * For large data sets the page does not carry every event in full: it loads a compact index
 * (what the chart draws) and fetches each month's details when a reader opens one.
 */
export interface LargeIndex {
  title: string;
  description: string;
  /** [id, date, kind, title] per event, in file order. */
  heads: [EventHead['id'], EventHead['date'], EventHead['kind'], EventHead['title']][];
  /** The script holding each month's details, by month (YYYY-MM of the point an event is drawn at). */
  chunks: Record<string, string>;
}

/** The month whose details chunk holds an event: that of the point it is drawn at. */
export function chunkMonth(e: Pick<EventHead, 'date'>): string {
  return formatMonthIso(eventTime(e.date).at);
}

/** Splits data into the compact index's heads and the per-month details. */
export function splitData(data: TimelineData): { heads: LargeIndex['heads']; months: Map<string, TimelineData['events']> } {
  const months = new Map<string, TimelineData['events']>();
  for (const e of data.events) {
    const m = chunkMonth(e);
    let list = months.get(m);
    if (!list) months.set(m, (list = []));
    list.push(e);
  }
  return { heads: data.events.map((e) => [e.id, e.date, e.kind, e.title]), months };
}

/** Reads the compact index back into event heads for the chart. */
export function headsOf(index: LargeIndex): EventHead[] {
  return index.heads.map(([id, date, kind, title]) => ({ id, date, kind, title }));
}
