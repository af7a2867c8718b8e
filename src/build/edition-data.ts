import type { Templates } from '../i18n/catalogue';
import { localizeEvent, type TranslatedPart } from '../data/localize-event';
import type { TimelineModel } from '../data/timeline-model';
import type { Translation } from '../data/translation-types';
import type { TimelineData, TimelineEvent } from '../data/types';
import type { EventEdition } from '../render/event-markup';
import { formatEventDate, useDateEdition } from '../time/date-label';
import { useCatalogue } from '../i18n/catalogue';
import { catalogueFor } from '../i18n/catalogue-files';
import { formatEventDateBeside, type Edition } from '../time/locale-dates';

/** What the build renders an edition's pages from. */
export interface EditionData {
  edition: Edition;
  /** The data as the edition shows it: title, description and every event's texts translated where they are. */
  data: TimelineData;
  /** The English model's events, in the same order, with their localized texts. */
  model: TimelineModel<TimelineEvent>;
  /** By event id, the texts left in English (events with none are left out). */
  english: Record<string, TranslatedPart[]>;
  /** By event id, the edition's label of an approximate or `before` date. */
  dateLabels: Record<string, string>;
  /** The messages its pages carry for their scripts (the build keeps those the scripts use); absent: the whole catalogue. */
  messages?: Templates;
}

/**
 * An edition's data: the English data itself for English; else every event through
 * `localizeEvent`, and the timeline's title and description from the translation. Events keep
 * their place, time and id, so every edition's chart, list and links line up with the English.
 */
export function editionData(edition: Edition, data: TimelineData, model: TimelineModel<TimelineEvent>, translation?: Translation): EditionData {
  if (edition === 'en' || !translation) return { edition, data, model, english: {}, dateLabels: {} };
  const english: Record<string, TranslatedPart[]> = {};
  const dateLabels: Record<string, string> = {};
  const local = new Map<string, TimelineEvent>();
  for (const e of data.events) {
    const l = localizeEvent(e, translation);
    local.set(e.id, l.event);
    if (l.english.length) english[e.id] = l.english;
    if (l.dateLabel !== undefined) dateLabels[e.id] = l.dateLabel;
  }
  const events = model.events.map((c) => ({ ...c, event: local.get(c.event.id)! }));
  return {
    edition,
    data: { ...data, title: translation.title, description: translation.description, events: data.events.map((e) => local.get(e.id)!) },
    model: { ...model, events, byId: new Map(events.map((c) => [c.event.id, c])) },
    english,
    dateLabels,
  };
}

/**
 * How the edition's list and event pages show an event (see `eventItemMarkup`): its date in the
 * edition's calendar (Solar Hijri with the Gregorian date beside it in Persian), and the texts
 * left in English. English: nothing, so its markup stays as it always was.
 */
export function eventEdition(ed: EditionData, e: TimelineEvent): EventEdition | undefined {
  if (ed.edition === 'en') return undefined;
  return { translated: true, english: ed.english[e.id] ?? [], date: formatEventDateBeside(e.date, ed.edition, ed.dateLabels[e.id]) };
}

/** An event's date as the edition's pages write it. */
export function editionDate(ed: EditionData, e: TimelineEvent): string {
  return ed.edition === 'en' ? formatEventDate(e.date) : formatEventDateBeside(e.date, ed.edition, ed.dateLabels[e.id]);
}

/**
 * Runs `render` with messages (`msg()`) and dates in an edition's language, and puts English back
 * after, whatever happens: the build renders each edition's pages (and, awaited, its share
 * cards: English comes back when the promise settles) inside it.
 */
export function inEdition<T>(edition: Edition, render: () => T): T {
  const english = () => {
    useCatalogue('en', undefined);
    useDateEdition('en');
  };
  useCatalogue(edition, catalogueFor(edition));
  useDateEdition(edition);
  let out: T;
  try {
    out = render();
  } catch (e) {
    english();
    throw e;
  }
  if (out instanceof Promise) return out.finally(english) as T;
  english();
  return out;
}
