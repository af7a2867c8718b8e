import { group } from 'd3-array';
import { KINDS, type EventDate, type EventHead, type TimelineData, type TimelineEvent } from './types';
import { formatMonthIso } from '../time/calendar-day';
import { eventTime } from '../time/event-time';
import { indexModel, type ChartEvent, type TimelineModel } from './timeline-model';
import type { PackedFacets } from '../view/packed-facets';

/**
 * For large data sets the page does not carry every event in full: it loads a compact index
 * (what the chart draws) and fetches each month's details when a reader opens one.
 */
export interface LargeIndex {
  title: string;
  description: string;
  /**
   * [id, date (see encodeDate), kind (index into KINDS), title, start, end, at] per event, in
   * date order (as buildModel sorts), with the times in hours since 1970 so that the page need
   * not parse a date to draw.
   */
  heads: [string, string, number, string, number, number, number][];
  /** The script holding each month's details, by month (YYYY-MM of the point an event is drawn at). */
  chunks: Record<string, string>;
  /** Each event's actors and outlets as codes (in the order of `heads`), so filters work without the details. */
  facets: PackedFacets;
  /** The script holding the search index (see search-index.ts), loaded on the first search. */
  search: string;
}

/**
 * Writes a date in a few characters: `2022-10-06`, `2022-08`, `~2022-11-01~2022-11-10~label`,
 * `<2022-12-31` or `<2022-12-31~2022-11-01` (deadline, then the day it was stated), `2022`
 * (a year), `^2022-02-28~~label` or `^2022-02-28~2021-11-01~label` (before, then the earliest day).
 */
export function encodeDate(d: EventDate): string {
  switch (d.precision) {
    case 'day':
      return d.day;
    case 'month':
      return d.month;
    case 'approximate':
      return `~${d.start}~${d.end}~${d.label}`;
    case 'by':
      return d.from ? `<${d.by}~${d.from}` : `<${d.by}`;
    case 'year':
      return d.year;
    case 'before':
      return `^${d.before}~${d.after ?? ''}~${d.label}`;
  }
}

/** Reads a date written by `encodeDate`. */
export function decodeDate(s: string): EventDate {
  if (s[0] === '~') {
    const [start, end, ...label] = s.slice(1).split('~');
    return { precision: 'approximate', start, end, label: label.join('~') };
  }
  if (s[0] === '<') {
    const [by, from] = s.slice(1).split('~');
    return from ? { precision: 'by', by, from } : { precision: 'by', by };
  }
  if (s[0] === '^') {
    const [before, after, ...label] = s.slice(1).split('~');
    return after ? { precision: 'before', before, after, label: label.join('~') } : { precision: 'before', before, label: label.join('~') };
  }
  if (s.length === 4) return { precision: 'year', year: s };
  return s.length === 7 ? { precision: 'month', month: s } : { precision: 'day', day: s };
}

/** The month whose details chunk holds an event: that of the point it is drawn at. */
export function chunkMonth(e: Pick<EventHead, 'date'>): string {
  return formatMonthIso(eventTime(e.date).at);
}

const HOUR = 3_600_000;

/** Splits data into the compact index's heads (in date order, from its model) and the per-month details. */
export function splitData(data: TimelineData, model: TimelineModel<TimelineEvent>): { heads: LargeIndex['heads']; months: Map<string, TimelineData['events']> } {
  const months = group(data.events, chunkMonth);
  const heads = model.events.map(
    (c): LargeIndex['heads'][number] => [c.event.id, encodeDate(c.event.date), KINDS.indexOf(c.event.kind), c.event.title, c.start / HOUR, c.end / HOUR, c.at / HOUR],
  );
  return { heads, months };
}

/** An event head read from the index; its date is decoded only when something asks for it. */
class IndexedHead implements EventHead {
  #date: EventDate | undefined;
  constructor(
    readonly id: string,
    private readonly encoded: string,
    readonly kind: EventHead['kind'],
    readonly title: string,
  ) {}
  get date(): EventDate {
    return (this.#date ??= decodeDate(this.encoded));
  }
}

/**
 * Builds the chart's model straight from the index: it is already in date order with its
 * times worked out, so this allocates one small object per event and parses no date.
 */
export function modelFromIndex(index: LargeIndex): TimelineModel {
  return indexModel(
    index.heads.map(([id, date, kind, title, start, end, at], i): ChartEvent => ({
      index: i,
      event: new IndexedHead(id, date, KINDS[kind], title),
      start: start * HOUR,
      end: end * HOUR,
      at: at * HOUR,
      uncertain: end - start > 24,
    })),
  );
}
