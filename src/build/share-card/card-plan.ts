import { KIND_STYLES } from '../../chart/kinds';
import type { TimelineModel } from '../../data/timeline-model';
import type { TimelineData, TimelineEvent } from '../../data/types';
import type { PageKind } from '../../render/page-meta';
import { formatEventDate } from '../../time/date-label';
import type { CardNode } from './card-node';
import { eventCard } from './event-card';
import { timelineCard } from './timeline-card';

/**
 * Where a page's share card is written, from the site's root: `cards/timeline.png` for the main
 * page, `cards/events/<id>.png` for an event (in a folder of their own, so no id can take the
 * timeline's name); the embed page has none.
 */
export function cardPath(page: PageKind): string | undefined {
  if (page.kind === 'main') return 'cards/timeline.png';
  return page.kind === 'event' ? `cards/events/${page.item.event.id}.png` : undefined;
}

/** The card's text alternative (`og:image:alt`): what it shows, in words. */
export function cardAlt(data: TimelineData, page: PageKind): string {
  if (page.kind === 'event') {
    const e = page.item.event;
    return `${KIND_STYLES[e.kind].label}, ${formatEventDate(e.date)}: ${e.title}. Marked on a strip of the timeline “${data.title}”.`;
  }
  const n = data.events.length;
  return `${data.title}: the timeline’s ${n} event${n === 1 ? '' : 's'} marked on a strip over its span.`;
}

/** A card to render: its file and its layout. */
export interface PlannedCard {
  fileName: string;
  tree: CardNode;
}

/**
 * The share cards a build writes: the main page's, and one per event page when the build writes
 * event pages (`eventPages`), none for pages that do not exist.
 */
export function planCards(data: TimelineData, model: TimelineModel<TimelineEvent>, eventPages: boolean): PlannedCard[] {
  const timeline = { title: data.title, description: data.description, model };
  const pages: PageKind[] = [{ kind: 'main' }, ...(eventPages ? model.events.map((item) => ({ kind: 'event' as const, item })) : [])];
  return pages.map((page) => ({
    fileName: cardPath(page)!,
    tree: page.kind === 'event' ? eventCard(page.item, timeline) : timelineCard(timeline),
  }));
}
