import type { ChartEvent } from '../../data/timeline-model';
import type { TimelineEvent } from '../../data/types';
import type { Edition } from '../../time/locale-dates';
import { kindLabel } from '../../chart/kinds';
import { el, type CardNode } from './card-node';
import { cardEventDate, cardPublished } from './card-dates';
import { inlineMargins, cardLook } from './card-look';
import { cardFrame, clamped, glyph, type CardTimeline } from './card-parts';
import { CARD_PAD, CARD_WIDTH } from './card-size';
import { sourceWords } from './card-words';
import { CARD_COLOURS, KIND_COLOURS } from './palette';
import { stripGeometry } from './strip';
import { stripNode } from './strip-node';

/** The line naming the first source: "Source: The Hill, 18 October 2022", and how many more there are. */
export function sourceLine(event: TimelineEvent, edition: Edition = 'en'): string {
  const [first, ...rest] = event.sources;
  if (!first) return '';
  return sourceWords(first.outlet, cardPublished(first.published, edition), rest.length, edition);
}

/**
 * An event's share card, as a satori tree: the timeline's name; the kind's glyph and name in
 * its colour with the date as precisely as it is known; the title (three lines at most); the
 * first source; and a strip of the whole timeline with this event marked on it. In Persian the
 * glyph, the kind and the date run from the right, and the date is Solar Hijri with the
 * Gregorian date beside it.
 */
export function eventCard(item: ChartEvent<TimelineEvent>, timeline: CardTimeline): CardNode {
  const e = item.event;
  const edition = timeline.edition ?? 'en';
  const colour = KIND_COLOURS[e.kind];
  const inner = CARD_WIDTH - 2 * CARD_PAD;
  const strip = stripGeometry(timeline.model.events, timeline.model.extent, inner, { inset: 14, markedId: e.id, edition });
  return cardFrame(
    [
      clamped(timeline.title, 1, { fontSize: 26, color: CARD_COLOURS.muted, marginBottom: 22 }),
      el('div', { display: 'flex', alignItems: 'flex-start', marginBottom: 18 }, [
        glyph(e.kind, 38),
        el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: colour, ...inlineMargins(12, 16, cardLook(edition).rtl), flexShrink: 0, lineHeight: 1.25 }, kindLabel(e.kind)),
        clamped(cardEventDate(e.date, edition, timeline.dateLabels?.[e.id]), 2, { fontSize: 30, lineHeight: 1.25, flexShrink: 1 }),
      ]),
      clamped(e.title, 3, { fontSize: 60, fontWeight: 700, lineHeight: 1.12, marginBottom: 20 }),
      clamped(sourceLine(e, edition), 1, { fontSize: 26, color: CARD_COLOURS.muted }),
    ],
    stripNode(strip, 'muted'),
    colour,
    edition,
  );
}
