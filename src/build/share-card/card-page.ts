import type { TimelineData } from '../../data/types';
import type { PageKind } from '../../render/page-meta';
import type { Edition } from '../../time/locale-dates';
import { kindLabel } from '../../chart/kinds';
import { cardEventDate } from './card-dates';
import { cardNumber, eventAltWords, timelineAltWords } from './card-words';

/**
 * Where a page's share card is written, from the site's root: `cards/timeline.png` for the main
 * page, `cards/events/<id>.png` for an event (in a folder of their own, so no id can take the
 * timeline's name); the embed page has none. Another edition's cards are in a folder of its own,
 * `cards/<edition>/…`; English's stay where they have always been.
 *
 * @example cardPath({ kind: 'main' }, 'fa') // 'cards/fa/timeline.png'
 */
export function cardPath(page: PageKind, edition: Edition = 'en'): string | undefined {
  const folder = edition === 'en' ? 'cards' : `cards/${edition}`;
  if (page.kind === 'main') return `${folder}/timeline.png`;
  return page.kind === 'event' ? `${folder}/events/${page.item.event.id}.png` : undefined;
}

/**
 * The card's text alternative (`og:image:alt`): what it shows, in words, in the edition's
 * language (the catalogue `msg()` answers in) with its dates. `data` is the edition's text;
 * `dateLabel` its label of the event's approximate date, if any.
 */
export function cardAlt(data: TimelineData, page: PageKind, edition: Edition = 'en', dateLabel?: string): string {
  if (page.kind === 'event') {
    const e = page.item.event;
    return eventAltWords(kindLabel(e.kind), cardEventDate(e.date, edition, dateLabel), e.title, data.title);
  }
  const n = data.events.length;
  // English has always written the count without separators.
  return timelineAltWords(data.title, n, edition === 'en' ? String(n) : cardNumber(n, edition), edition);
}
