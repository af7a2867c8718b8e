import type { ChartEvent } from '../data/timeline-model';
import type { TimelineEvent } from '../data/types';
import { eventItemMarkup } from './event-markup';
import { html, type Raw } from './html';

/**
 * One list item as the build writes it (see `eventItemMarkup`). `idPrefix` keeps element ids
 * unique when the same event appears twice on a page.
 */
export function renderEventItem(e: TimelineEvent, href: string, idPrefix = ''): Raw {
  return eventItemMarkup(html, e, href, idPrefix);
}

/**
 * The chronological event list, rendered into the built HTML so it reads without JavaScript.
 * `hrefFor` gives each event's link (its deep link on the timeline).
 */
export function renderEventList(events: readonly ChartEvent<TimelineEvent>[], hrefFor: (id: string) => string): Raw {
  return html`<ol class="event-list">${events.map((e) => renderEventItem(e.event, hrefFor(e.event.id)))}</ol>`;
}
