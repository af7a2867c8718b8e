import type { TranslatedPart } from '../data/localize-event';
import type { EventEdition } from '../render/event-markup';

/**
 * What the build tells a translated page about its events, in its
 * `<script type="application/json" id="timeline-edition">`: by event id, the texts left in
 * English and the edition's labels of approximate and `before` dates. English pages have none.
 */
export interface PageEditionData {
  edition: string;
  english: Record<string, TranslatedPart[]>;
  dateLabels: Record<string, string>;
}

let current: PageEditionData | null = null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the `timeline-edition` JSON, keeping only what has the expected shape; null for
 * anything else (an English page, or text that is not that JSON).
 *
 * @example parsePageEdition('{"edition":"fa","english":{"x":["summary"]},"dateLabels":{}}')?.english.x // ['summary']
 */
export function parsePageEdition(text: string | null | undefined): PageEditionData | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(v) || typeof v.edition !== 'string' || !isRecord(v.english) || !isRecord(v.dateLabels)) return null;
  const english: Record<string, TranslatedPart[]> = {};
  for (const [id, parts] of Object.entries(v.english)) if (Array.isArray(parts)) english[id] = parts.filter((p): p is TranslatedPart => typeof p === 'string');
  const dateLabels: Record<string, string> = {};
  for (const [id, label] of Object.entries(v.dateLabels)) if (typeof label === 'string') dateLabels[id] = label;
  return { edition: v.edition, english, dateLabels };
}

/** Takes over the page's edition data (once, from the lazy part, before a card renders). */
export function readPageEdition(doc: Document): void {
  current = parsePageEdition(doc.getElementById('timeline-edition')?.textContent);
}

/** How a card on this page shows an event: on a translated page, the texts left in English; nothing on an English one. */
export function pageEventEdition(id: string): EventEdition | undefined {
  return current ? { translated: true, english: current.english[id] ?? [] } : undefined;
}

/** The edition's label of an event's approximate or `before` date, where it has one (for `formatEventDate`). */
export function pageDateLabel(id: string): string | undefined {
  return current?.dateLabels[id];
}
