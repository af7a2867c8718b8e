import { KINDS, type Kind } from '../data/types';
import { parseMonth } from '../time/calendar-day';
import type { ViewRequest } from './view-request';

/** Where an embed opens: the reader's view, an event, a window of months, or the whole span. */
export type EmbedStart = 'view' | 'event' | 'window' | 'all';

/** What the embed builder's controls say, as they say it (months as `YYYY-MM`, '' for "all"). */
export interface EmbedChoices {
  start: EmbedStart;
  event: string;
  from: string;
  to: string;
  /** The kinds shown (every kind: no filter). */
  kinds: readonly Kind[];
  actor: string;
  outlet: string;
  /** Whether the reader's search is kept. */
  keepQ: boolean;
  lanes: boolean;
}

/**
 * The window of whole months from `from` to `to` (both `YYYY-MM`, inclusive), as [start, end);
 * null when either is not a month or the last comes before the first.
 *
 * @example monthWindow('2022-10', '2022-11') // [Date.UTC(2022, 9, 1), Date.UTC(2022, 11, 1)]
 */
export function monthWindow(from: string, to: string): [number, number] | null {
  const a = parseMonth(from);
  const b = parseMonth(to);
  return a && b && b.end > a.start ? [a.start, b.end] : null;
}

/**
 * The view an embed opens on, from the builder's choices and the view the page showed (`current`):
 * its place (the current one, an event, a window of months, or none), then the filters and
 * lanes. Defaults are left out (every kind, no actor), so the embed's address stays short.
 *
 * @example embedView({ start: 'event', event: 'a-b', kinds: ['strike'], … }, {}) // { event: 'a-b', kinds: ['strike'] }
 */
export function embedView(c: EmbedChoices, current: ViewRequest): ViewRequest {
  const place: ViewRequest =
    c.start === 'view'
      ? { event: current.event, day: current.day, window: current.window }
      : c.start === 'event' && c.event
        ? { event: c.event }
        : c.start === 'window'
          ? { window: monthWindow(c.from, c.to) ?? undefined }
          : {};
  const kinds = KINDS.filter((k) => c.kinds.includes(k));
  const view: ViewRequest = {
    ...place,
    kinds: kinds.length && kinds.length < KINDS.length ? kinds : undefined,
    actors: c.actor ? [c.actor] : undefined,
    outlets: c.outlet ? [c.outlet] : undefined,
    q: c.keepQ && current.q ? current.q : undefined,
    lanes: c.lanes ? 'actor' : undefined,
  };
  // Only what is set: parseLink gives back exactly this.
  for (const k of Object.keys(view) as (keyof ViewRequest)[]) if (view[k] === undefined) delete view[k];
  return view;
}
