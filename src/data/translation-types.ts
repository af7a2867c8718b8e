/** The shape of a translation file, `data/events.<language>.json`; `data/translation.schema.json` is the contract editors see. */

/** One event's texts in another language; arrays follow the English event's order and length. */
export interface EventTranslation {
  title: string;
  summary: string;
  /** The label of an approximate or `before` date, in this language. */
  dateLabel?: string;
  /** Each claim's text. */
  claims?: string[];
  /** Each disagreement's note. */
  disagreements?: string[];
  /** What each figure counts. */
  figures?: string[];
}

/** A timeline's texts in one language, translated from the English data file. */
export interface Translation {
  $schema?: string;
  /** A BCP 47 language tag: `fa`, `ru`, `uk`. */
  language: string;
  /** The English data file it translates, e.g. `events.json`. */
  translationOf: string;
  /** `complete`: every text is translated (checked); `partial`: the rest stays in English. */
  status: 'complete' | 'partial';
  title: string;
  description: string;
  /** Translated texts by event id. */
  events: Record<string, EventTranslation>;
}
