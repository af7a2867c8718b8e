/** The shape of `data/events.json`; `data/events.schema.json` is the contract editors see. */

export type Day = string; // YYYY-MM-DD
export type Month = string; // YYYY-MM

/** When an event happened, with the precision the sources allow. */
export type EventDate =
  | { precision: 'day'; day: Day }
  | { precision: 'month'; month: Month }
  | { precision: 'approximate'; start: Day; end: Day; label: string }
  | { precision: 'by'; by: Day; from?: Day };

export const KINDS = ['delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast'] as const;
export type Kind = (typeof KINDS)[number];

export type Stance = 'asserts' | 'confirms' | 'denies';

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
  title: string;
  summary: string;
  actors: string[];
  figures?: Figure[];
  claims?: Claim[];
  disagreements?: Disagreement[];
  sources: Source[];
}

/** What the chart needs of an event; the rest (summary, sources...) may load later. */
export type EventHead = Pick<TimelineEvent, 'id' | 'date' | 'kind' | 'title'>;

export interface TimelineData {
  $schema?: string;
  title: string;
  description: string;
  events: TimelineEvent[];
}
