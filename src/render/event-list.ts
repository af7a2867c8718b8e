import type { ChartEvent } from '../data/timeline-model';
import type { TimelineEvent } from '../data/types';
import { eventItemMarkup, type EventEdition } from './event-markup';
import { html, type Raw } from './html';

/**
 * One list item as the build writes it (see `eventItemMarkup`). `idPrefix` keeps element ids
 * unique when the same event appears twice on a page; `local`, how an edition shows it.
 */
export function renderEventItem(e: TimelineEvent, href: string, idPrefix = '', local?: EventEdition): Raw {
  return eventItemMarkup(html, e, href, idPrefix, local);
}

/**
 * The chronological event list, rendered into the built HTML so it reads without JavaScript.
 * `hrefFor` gives each event's link (its deep link on the timeline); `localFor`, how an edition
 * other than English shows each event (its date, the texts left in English).
 */
export function renderEventList(events: readonly ChartEvent<TimelineEvent>[], hrefFor: (id: string) => string, localFor?: (e: TimelineEvent) => EventEdition | undefined): Raw {
  return html`<ol class="event-list">${events.map((e) => renderEventItem(e.event, hrefFor(e.event.id), '', localFor?.(e.event)))}</ol>`;
}
