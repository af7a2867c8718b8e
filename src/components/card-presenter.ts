import type { VirtualElement } from '@floating-ui/dom';
import type { TimelineModel } from '../data/timeline-model';
import type { DetailsStore } from '../data/details-store';
import { placeGlance, type Box } from '../chart/card-placement';
import type { EventCard } from './event-card';

/** What the chart tells its two event cards: which event each shows, and where things are. */
export interface CardView {
  /** The chart element (the cards are positioned against it). */
  host: HTMLElement;
  model: TimelineModel | null;
  details: DetailsStore | null;
  /** The compact card (hover, focus) and the full one (opened). */
  peek: EventCard;
  card: EventCard;
  plot: Element;
  /** The event whose full card is open, the one glanced at, and the chip hovered (event indices [lo, hi)). */
  fullId: string | null;
  glanceId: string | null;
  group: [number, number] | null;
  /** The reader's last pointer was a finger. */
  touch: boolean;
  /** The full card is a full-width card in the page's flow (narrow screens). */
  sheet: boolean;
  laneHeight: number;
  anchorFor: (id: string | null) => VirtualElement | null;
  markElement: (id: string | null) => Element | null;
  groupElement: (lo: number) => Element | null;
  /** Called when an event's details have loaded, so the cards can be filled again. */
  detailsLoaded: () => void;
}

/** How many of a chip's events its card lists; it says how many more there are. */
const GROUP_LIST = 8;

/**
 * Fills both cards from the chart's state (loading an event's details when they are not here
 * yet) and places them. Returns true when a card opened or closed (an embed then re-measures).
 * The chart's own module stays small: this runs in the lazily loaded part, with the cards.
 */
export function presentCards(v: CardView): boolean {
  // Defining <event-card> upgrades only the cards in the page: a chart taken out of the page
  // before this part arrived still holds plain elements, without `follow` or any card property.
  customElements.upgrade(v.card);
  customElements.upgrade(v.peek);
  let toggled = fill(v, v.card, v.fullId);
  const glance = v.group ? null : v.glanceId === v.fullId ? null : v.glanceId;
  toggled = fill(v, v.peek, glance) || toggled;
  if (v.group && v.model) {
    const [lo, hi] = v.group;
    const shown = Math.min(hi - lo, GROUP_LIST);
    v.peek.group = v.model.events.slice(lo, lo + shown);
    v.peek.more = hi - lo - shown;
    v.peek.open = true;
  } else v.peek.group = null;
  v.card.sheet = v.sheet;
  v.card.follow(v.card.open && !v.sheet ? v.anchorFor(v.fullId) : null);
  placeCards(v);
  return toggled;
}

function fill(v: CardView, card: EventCard, id: string | null): boolean {
  const item = id ? (v.model?.byId.get(id) ?? null) : null;
  const details = item ? (v.details?.get(item.event.id) ?? null) : null;
  if (item && !details && v.details) void v.details.load(item.event).then(v.detailsLoaded);
  const wasOpen = card.open;
  card.item = item;
  card.details = details;
  card.open = item !== null;
  card.touch = v.touch;
  return wasOpen !== card.open;
}

/** Puts the compact card beside its mark (or chip), above or below its lane (see card-placement.ts); the full card follows its mark. */
export function placeCards(v: CardView): void {
  if (v.card.open) v.card.reposition();
  const peek = v.peek;
  const target = v.group ? v.groupElement(v.group[0]) : v.markElement(peek.open ? (peek.item?.event.id ?? null) : null);
  if (!target) {
    peek.style.visibility = peek.open ? 'hidden' : '';
    return;
  }
  const host = v.host.getBoundingClientRect();
  const plot = v.plot.getBoundingClientRect();
  const m = target.getBoundingClientRect();
  const mid = (m.top + m.bottom) / 2;
  const rel = (r: Box): Box => ({ left: r.left - host.left, top: r.top - host.top, right: r.right - host.left, bottom: r.bottom - host.top });
  const lane = rel({ left: 0, right: 0, top: mid - v.laneHeight / 2, bottom: mid + v.laneHeight / 2 });
  const { x, y } = placeGlance(rel(m), lane, rel(plot), { width: peek.offsetWidth, height: peek.offsetHeight });
  peek.style.left = `${x}px`;
  peek.style.top = `${y}px`;
  peek.style.visibility = m.right < plot.left || m.left > plot.right ? 'hidden' : '';
}

/** On a narrow screen, scrolls the page just enough that the top of a newly opened card (and its close button) is on screen. */
export function revealCard(card: EventCard, smooth: boolean): void {
  if (!card.sheet) return;
  void card.updateComplete.then(() => {
    const top = card.getBoundingClientRect().top;
    const room = window.innerHeight;
    if (top > room - 140) window.scrollBy({ top: top - room * 0.45, behavior: smooth ? 'smooth' : 'auto' });
  });
}
