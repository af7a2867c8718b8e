import { html, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../data/types';
import { eventBodyMarkup, eventItemMarkup, type EventEdition } from '../render/event-markup';

// An event's details as Lit templates, for the tooltip and for the event list when it is
// rendered in the browser (large data sets): the same markup the build writes (render/event-markup.ts).

/** Summary, figures, claims, disagreements and sources of an event; `local`, how a translated page shows it. */
export const eventBody = (e: TimelineEvent, local?: EventEdition): TemplateResult => eventBodyMarkup(html, e, true, local);

/** One list item, as the build writes it for small data sets. */
export const eventItem = (e: TimelineEvent, href: string): TemplateResult => eventItemMarkup(html, e, href);
