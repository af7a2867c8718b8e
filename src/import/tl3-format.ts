/**
 * TimelineJS3's JSON data format, as its documentation describes it (docs/json-format): a
 * `title` slide, `events` (slides), `eras` and a `scale`. Values are as loose as the files in the
 * wild: numbers or strings, empty strings and nulls for "not given".
 */

/** A value a TimelineJS3 file may hold in a date part or a text field. */
export type Loose = string | number | boolean | null | undefined;

/** A TimelineJS3 date object: `year` is required, the rest optional. */
export interface Tl3Date {
  year?: Loose;
  month?: Loose;
  day?: Loose;
  hour?: Loose;
  minute?: Loose;
  second?: Loose;
  millisecond?: Loose;
  display_date?: Loose;
  format?: Loose;
  [other: string]: unknown;
}

/** A TimelineJS3 slide (an event, the title, or an era). */
export interface Tl3Slide {
  start_date?: Tl3Date;
  end_date?: Tl3Date;
  text?: { headline?: Loose; text?: Loose; [other: string]: unknown };
  media?: { url?: Loose; caption?: Loose; credit?: Loose; thumbnail?: Loose; alt?: Loose; title?: Loose; link?: Loose; link_target?: Loose; [other: string]: unknown };
  group?: Loose;
  display_date?: Loose;
  background?: { url?: Loose; color?: Loose; alt?: Loose; opacity?: Loose; [other: string]: unknown } | Loose;
  autolink?: Loose;
  unique_id?: Loose;
  type?: Loose;
  [other: string]: unknown;
}

/** A whole TimelineJS3 timeline. */
export interface Tl3Timeline {
  title?: Tl3Slide;
  events: Tl3Slide[];
  eras?: Tl3Slide[];
  scale?: Loose;
  [other: string]: unknown;
}

/** Thrown for input that is not a TimelineJS3 timeline at all; its message says what to do. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Checks that parsed JSON is a TimelineJS3 timeline (an object with an `events` list), and says
 * clearly what it is instead: a TimelineJS 2 file (`{"timeline": …}`), one of our own files, or
 * something else.
 *
 * @example asTimeline({ events: [] }) // { events: [] }
 * @example asTimeline({ timeline: {} }) // throws ImportError: "… TimelineJS 2 …"
 */
export function asTimeline(json: unknown): Tl3Timeline {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new ImportError('is not a TimelineJS3 timeline: expected a JSON object with an "events" list');
  const o = json as Record<string, unknown>;
  if ('timeline' in o && !('events' in o))
    throw new ImportError('is in the older TimelineJS 2 format ({"timeline": …}), which this import does not read; open it in TimelineJS3 and export its JSON, or use the Google Sheet template');
  if (!Array.isArray(o.events))
    throw new ImportError('is not a TimelineJS3 timeline: it has no "events" list');
  if (o.events.some((e) => !e || typeof e !== 'object' || Array.isArray(e)))
    throw new ImportError('is not a TimelineJS3 timeline: every item of "events" must be an object (a slide)');
  if (o.events.some((e) => typeof (e as Record<string, unknown>).kind === 'string' && typeof (e as Record<string, unknown>).id === 'string'))
    throw new ImportError('looks like a timeline in our own format already (events with "id" and "kind"); it needs no import');
  return o as Tl3Timeline;
}

/** A loose value as trimmed text ('' for nothing). */
export function text(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value).trim();
}
