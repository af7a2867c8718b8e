/** The shape of `data/events.json`; `data/events.schema.json` is the contract editors see. */

export type Day = string; // YYYY-MM-DD
export type Month = string; // YYYY-MM
export type Year = string; // YYYY

/** When an event happened, with the precision the sources allow. */
export type EventDate =
  | { precision: 'day'; day: Day }
  | { precision: 'month'; month: Month }
  | { precision: 'approximate'; start: Day; end: Day; label: string }
  | { precision: 'by'; by: Day; from?: Day }
  | { precision: 'year'; year: Year }
  /** Strictly before a day (the mirror of `by`), as the sources put it; `after`, when known, bounds it from below. */
  | { precision: 'before'; before: Day; label: string; after?: Day };

export const KINDS = ['delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast'] as const;
export type Kind = (typeof KINDS)[number];

export const STANCES = ['asserts', 'confirms', 'acknowledges', 'denies', 'declines-to-comment'] as const;
export type Stance = (typeof STANCES)[number];

export interface Figure {
  value: number;
  max?: number;
  qualifier?: 'exactly' | 'about' | 'more than' | 'at least' | 'up to';
  unit: string;
  counts: string;
  by: string;
}

export interface Claim {
  by: string;
  stance: Stance;
  text: string;
}

export interface Disagreement {
  about: 'date' | 'figure' | 'claim' | 'outcome';
  note: string;
}

export interface Source {
  outlet: string;
  headline: string;
  /** A day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY) or a window of days (YYYY-MM-DD/YYYY-MM-DD). */
  published: string;
  url?: string;
  verified?: boolean;
  article: string;
  note?: string;
  quote?: { text: string; by: string };
}

export interface TimelineEvent {
  id: string;
  date: EventDate;
  kind: Kind;
  /** How much the event matters when not everything fits (1–5); else its kind's weight. */
  importance?: number;
  title: string;
  summary: string;
  actors: string[];
  figures?: Figure[];
  claims?: Claim[];
  disagreements?: Disagreement[];
  sources: Source[];
  /** What was changed after publication, when and why, oldest first. */
  corrections?: Correction[];
}

/** One article text the timeline is read from: what it is, where it came from, how its dates were read. */
export interface TextOrigin {
  article: string;
  outlet: string;
  headline: string;
  published: string;
  url?: string;
  origin: string;
  dating?: string;
}

/** A visible record of a change to an event after it was published. */
export interface Correction {
  date: Day;
  change: string;
  reason: string;
}

/** What the chart needs of an event; the rest (summary, sources...) may load later. */
export type EventHead = Pick<TimelineEvent, 'id' | 'date' | 'kind' | 'title'>;

export interface TimelineData {
  $schema?: string;
  title: string;
  description: string;
  /** The day the data last changed, shown on the site. */
  updated?: Day;
  /** The article texts the events are read from, and where each came from. */
  texts?: TextOrigin[];
  events: TimelineEvent[];
}
