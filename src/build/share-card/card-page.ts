import { kindLabel } from '../../chart/kinds';
import type { TimelineData } from '../../data/types';
import type { PageKind } from '../../render/page-meta';
import { formatEventDate } from '../../time/date-label';

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
    return `${kindLabel(e.kind)}, ${formatEventDate(e.date)}: ${e.title}. Marked on a strip of the timeline “${data.title}”.`;
  }
  const n = data.events.length;
  return `${data.title}: the timeline’s ${n} event${n === 1 ? '' : 's'} marked on a strip over its span.`;
}
