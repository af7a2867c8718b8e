import { group } from 'd3-array';
import { KINDS, type EventDate, type EventHead, type TimelineData, type TimelineEvent } from './types';
import { formatDayIso, formatMonthIso } from '../time/calendar-day';
import { eventTime } from '../time/event-time';
import { indexModel, type ChartEvent, type TimelineModel } from './timeline-model';
import type { PackedFacets } from '../view/packed-facets';

/**
 * For large data sets the page does not carry every event in full: it loads a compact index
 * (what the chart draws) and fetches each month's details when a reader opens one.
 *
 * The index holds what the first view needs: every event's time and kind, and the heads (id,
 * date, title) of the events that view can show. The other heads come in scripts the page loads
 * just after its first draw (`heads`), so a large page draws before it has read every title.
 */
export interface LargeIndex {
  title: string;
  description: string;
  /** Each event's kind (its index in KINDS) as one digit, in date order (as buildModel sorts). */
  kinds: string;
  /**
   * Each event's point in time, in hours since 1970, as the difference from the event before it
   * (the first from 0), and how many hours before and after it its window starts and ends: the
   * page draws without parsing a date.
   */
  at: number[];
  before: number[];
  after: number[];
  /**
   * The `importance` of the events the data gives one, as pairs of rank and importance one after
   * the other (`[rank, importance, rank, importance, …]`); absent when no event has one. The
   * chart groups the least important first, as it does with all the data in the page.
   */
  importance?: number[];
  /** `[index, id, date (see encodeDate), title]` of the events the first view can show (or of all). */
  first: HeadRow[];
  /** The scripts holding every event's head, `run` events each (see `HeadScript`); empty when `first` has them all. */
  heads: string[];
  run: number;
  /** The script holding each month's details, by month (YYYY-MM of the point an event is drawn at). */
  chunks: Record<string, string>;
  /**
   * Each event's actors and outlets as codes (in date order), so filters work without the
   * details; null when they come in a script of their own among `heads` (`TIMELINE_FACETS`).
   */
  facets: PackedFacets | null;
  /** The script holding the search index (see search-index.ts), loaded on the first search. */
  search: string;
}

/** One event's head in the index: its rank in date order, id, encoded date and title. */
export type HeadRow = [number, string, string, string];

/** What a heads script hands over: the rank of its first event, then ids, encoded dates and titles of a run of events. */
export type HeadScript = [number, string[], string[], string[]];

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

/** The index's per-event columns. */
type IndexColumns = Pick<LargeIndex, 'kinds' | 'at' | 'before' | 'after' | 'importance'>;

/** The events' heads and times in the index's columns (see LargeIndex), and the per-month details. */
export function splitData(data: TimelineData, model: TimelineModel<TimelineEvent>): { columns: IndexColumns; rows: HeadRow[]; months: Map<string, TimelineData['events']> } {
  const months = group(data.events, chunkMonth);
  let last = 0;
  const columns: IndexColumns = { kinds: '', at: [], before: [], after: [] };
  const kinds: number[] = [];
  const importance: number[] = [];
  for (const c of model.events) {
    const at = c.at / HOUR;
    kinds.push(KINDS.indexOf(c.event.kind));
    if (c.event.importance !== undefined) importance.push(c.index, c.event.importance);
    columns.at.push(at - last);
    columns.before.push(at - c.start / HOUR);
    columns.after.push(c.end / HOUR - at);
    last = at;
  }
  columns.kinds = kinds.join('');
  if (importance.length) columns.importance = importance;
  const rows = model.events.map((c): HeadRow => [c.index, c.event.id, encodeDate(c.event.date), c.event.title]);
  return { columns, rows, months };
}

/**
 * The heads the page has read so far, by rank in date order: those of the first view at once,
 * the rest as their scripts arrive (`add`), kept as the scripts give them. `version` counts the
 * additions.
 */
export class HeadTable {
  private readonly first = new Map<number, HeadRow>();
  private readonly runs: HeadScript[] = [];
  version = 0;
  /** `run`: how many events each heads script holds (see LargeIndex). */
  constructor(
    rows: readonly HeadRow[],
    private readonly run: number,
  ) {
    for (const r of rows) this.first.set(r[0], r);
  }
  add(script: HeadScript): void {
    this.runs[Math.floor(script[0] / this.run)] = script;
    this.version++;
  }
  /** The id (1), encoded date (2) or title (3) of the event of rank `i`, once here. */
  get(i: number, part: 1 | 2 | 3): string | undefined {
    const r = this.runs[Math.floor(i / this.run)];
    return r ? r[part][i - r[0]] : this.first.get(i)?.[part];
  }
}

/**
 * An event read from the index: where it sits in time, and its head (it is its own `event`),
 * whose date is decoded only when something asks for it. Until its head has arrived (see
 * HeadTable) it has no title, an id that no event can have (`@` and its rank), and, for a date,
 * the window it is drawn over.
 */
class IndexedEvent implements ChartEvent, EventHead {
  readonly event: EventHead = this;
  /** Set only on the events the data gives an importance (see LargeIndex.importance). */
  declare importance?: number;
  /** (A field, not a getter: a filter's model copies its events with a spread.) */
  readonly uncertain: boolean;
  #date: EventDate | undefined;
  constructor(
    readonly index: number,
    readonly kind: EventHead['kind'],
    readonly start: number,
    readonly end: number,
    readonly at: number,
    private readonly heads: HeadTable,
  ) {
    this.uncertain = end - start > 24 * HOUR;
  }
  get id(): string {
    return this.heads.get(this.index, 1) ?? `@${this.index}`;
  }
  get title(): string {
    return this.heads.get(this.index, 3) ?? '';
  }
  get date(): EventDate {
    const encoded = this.heads.get(this.index, 2);
    if (encoded === undefined) return { precision: 'approximate', start: formatDayIso(this.start), end: formatDayIso(this.end - 1), label: '' };
    return (this.#date ??= decodeDate(encoded));
  }
}

/**
 * Builds the chart's model straight from the index: it is already in date order with its
 * times worked out, so this allocates one small object per event and parses no date. The
 * heads the index does not hold are added to `heads` as their scripts arrive.
 */
export function readIndex(index: LargeIndex): { model: TimelineModel; heads: HeadTable } {
  const heads = new HeadTable(index.first, index.run);
  const events: ChartEvent[] = new Array(index.at.length);
  let t = 0;
  for (let i = 0; i < events.length; i++) {
    t += index.at[i];
    events[i] = new IndexedEvent(i, KINDS[+index.kinds[i]], (t - index.before[i]) * HOUR, (t + index.after[i]) * HOUR, t * HOUR, heads);
  }
  const importance = index.importance ?? [];
  for (let k = 0; k + 1 < importance.length; k += 2) {
    const e = events[importance[k]] as IndexedEvent | undefined;
    if (e && typeof importance[k + 1] === 'number') e.importance = importance[k + 1];
  }
  return { model: indexModel(events, () => heads.version), heads };
}
