import type { ChartEvent } from '../../data/timeline-model';
import type { EventHead, Kind } from '../../data/types';
import { DAY_MS } from '../../time/calendar-day';
import type { Edition } from '../../time/locale-dates';
import { persianYearsIn } from '../../time/persian-calendar';
import { stripEndLabel, stripYearLabel } from './card-dates';

/** One event (or several at the same pixel and of the same kind) on the strip. */
export interface StripTick {
  x: number;
  kind: Kind;
}

/** The event a card is about: where it is drawn and the window it may fall in. */
export interface StripMark {
  x: number;
  x0: number;
  x1: number;
  kind: Kind;
}

/** A label under the strip, centred on `x` unless it is one of the ends. */
export interface StripLabel {
  x: number;
  text: string;
}

/** A small strip of the whole timeline, in pixels: every event as a tick over the data's span. */
export interface Strip {
  width: number;
  ticks: StripTick[];
  mark?: StripMark;
  /** The first and last month (or day, for a span under two months) of the data, under the ends. */
  start?: StripLabel;
  end?: StripLabel;
  /** New years inside the span, where their labels leave the ends readable. */
  years: StripLabel[];
}

/** About how wide a character of the strip's labels is, in px (20 px type): enough to keep labels apart. */
export const LABEL_CHAR_PX = 11;

/**
 * Lays out the strip: events at the point the chart draws them, over the data's whole span
 * (`extent`), between `inset` and `width - inset`. Ticks of the same kind on the same pixel are
 * drawn once, so a strip of 100,000 events stays a few thousand ticks at most. `markedId` picks
 * the event a card is about. Labels are in `edition`'s language and calendar (English by default):
 * the Persian strip names the Solar Hijri years that begin inside the span, at their Nowruz.
 *
 * @example stripGeometry(model.events, model.extent, 1000, { inset: 20, markedId: id }).mark // where event `id` is drawn, and its window
 */
export function stripGeometry(events: readonly ChartEvent<EventHead>[], extent: readonly [number, number], width: number, opts: { inset?: number; markedId?: string; edition?: Edition } = {}): Strip {
  const [lo, hi] = extent;
  if (!events.length || !(hi > lo)) return { width, ticks: [], years: [] };
  const inset = opts.inset ?? 0;
  const span = width - 2 * inset;
  const x = (t: number) => inset + (Math.min(hi, Math.max(lo, t)) - lo) / (hi - lo) * span;

  const seen = new Set<string>();
  const ticks: StripTick[] = [];
  let mark: StripMark | undefined;
  for (const e of events) {
    const at = x(e.at);
    const key = `${Math.round(at)}:${e.event.kind}`;
    if (!seen.has(key)) {
      seen.add(key);
      ticks.push({ x: at, kind: e.event.kind });
    }
    if (e.event.id === opts.markedId) mark = { x: at, x0: x(e.start), x1: x(e.end), kind: e.event.kind };
  }
  ticks.sort((a, b) => a.x - b.x);

  const edition = opts.edition ?? 'en';
  const byMonth = hi - lo >= 60 * DAY_MS;
  const start = { x: inset, text: stripEndLabel(lo, byMonth, edition) };
  const end = { x: width - inset, text: stripEndLabel(hi - 1, byMonth, edition) };
  const room = (l: StripLabel) => (l.text.length * LABEL_CHAR_PX) / 2 + LABEL_CHAR_PX;
  const years: StripLabel[] = [];
  for (const t of yearStarts(lo, hi, edition)) {
    const label = { x: x(t), text: stripYearLabel(t, edition) };
    const clear = label.x - room(label) > start.x + 2 * room(start) && label.x + room(label) < end.x - 2 * room(end);
    const apart = !years.length || label.x - room(label) > years[years.length - 1].x + room(years[years.length - 1]);
    if (clear && apart) years.push(label);
  }
  return { width, ticks, mark, start, end, years };
}

/** The first days of the years that begin after `lo` and before `hi`: 1 January, or Nowruz in Persian. */
function yearStarts(lo: number, hi: number, edition: Edition): number[] {
  if (edition === 'fa') return persianYearsIn(lo + 1, hi);
  const out: number[] = [];
  for (let y = new Date(lo).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) out.push(Date.UTC(y, 0, 1));
  return out;
}
