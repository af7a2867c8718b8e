import type { EventTranslation, Translation } from './translation-types';
import type { TimelineEvent } from './types';

/** The texts of an event a translation can carry. */
export type TranslatedPart = 'title' | 'summary' | 'dateLabel' | 'claims' | 'disagreements' | 'figures';

/** An event as an edition shows it: its texts in the edition's language where translated. */
export interface LocalizedEvent {
  /** The event with its translated texts in place; everything else (ids, dates, sources, quotes) as in English. */
  event: TimelineEvent;
  /** The edition's label of an approximate or `before` date, for `formatEventDateIn`; absent when not translated. */
  dateLabel?: string;
  /** The texts left in English, to be marked `lang="en"`. */
  english: TranslatedPart[];
}

/**
 * Puts a translation's texts into an English event: title, summary, claims' texts, disagreements'
 * notes and what figures count, in the English order. A text the translation lacks stays in
 * English and is listed in `english`. Expects a translation that `validateTranslationText`
 * accepted against the same data. Does not change its input.
 *
 * @example localizeEvent(event, ru).event.title // 'Иран и Россия договариваются в Москве о ракетах и новых беспилотниках'
 */
export function localizeEvent(event: TimelineEvent, translation: Translation | undefined): LocalizedEvent {
  const t: EventTranslation | undefined = translation?.events[event.id];
  const english: TranslatedPart[] = [];
  const pick = (part: 'title' | 'summary') => {
    if (t?.[part] === undefined) english.push(part);
    return t?.[part] ?? event[part];
  };
  const out: TimelineEvent = { ...event, title: pick('title'), summary: pick('summary') };
  if ('label' in event.date && t?.dateLabel === undefined) english.push('dateLabel');
  if (event.claims?.length) {
    if (t?.claims) out.claims = event.claims.map((c, i) => ({ ...c, text: t.claims![i] ?? c.text }));
    else english.push('claims');
  }
  if (event.disagreements?.length) {
    if (t?.disagreements) out.disagreements = event.disagreements.map((d, i) => ({ ...d, note: t.disagreements![i] ?? d.note }));
    else english.push('disagreements');
  }
  if (event.figures?.length) {
    if (t?.figures) out.figures = event.figures.map((f, i) => ({ ...f, counts: t.figures![i] ?? f.counts }));
    else english.push('figures');
  }
  return t?.dateLabel === undefined ? { event: out, english } : { event: out, dateLabel: t.dateLabel, english };
}
