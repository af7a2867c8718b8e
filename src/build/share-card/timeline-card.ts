import { el, type CardNode } from './card-node';
import { cardSpan } from './card-dates';
import { CARD_PAD, CARD_WIDTH } from './card-size';
import { cardLook } from './card-look';
import { cardFrame, clamped, type CardTimeline } from './card-parts';
import { timelineOfWords } from './card-words';
import { CARD_COLOURS } from './palette';
import { stripGeometry } from './strip';
import { stripNode } from './strip-node';

/** The span of the data in words: "January 2022 – May 2023", or one month when it is all in one. */
export function spanLabel(extent: readonly [number, number]): string {
  return cardSpan(extent, 'en');
}

/**
 * The main page's share card, as a satori tree: the timeline's title and description, how many
 * events it holds over what span, and a strip of all of them, each in its kind's colour.
 */
export function timelineCard(timeline: CardTimeline & { description: string }): CardNode {
  const { model } = timeline;
  const edition = timeline.edition ?? 'en';
  const strip = stripGeometry(model.events, model.extent, CARD_WIDTH - 2 * CARD_PAD, { inset: 14, edition });
  const count = timelineOfWords(model.events.length, model.events.length ? cardSpan(model.extent, edition) : '', edition);
  const countStyle = { fontSize: 26, color: CARD_COLOURS.muted, marginBottom: 20 };
  return cardFrame(
    [
      // satori lays a right-to-left line out from the right only in a block: the count is one, clamped, there.
      cardLook(edition).rtl ? clamped(count, 1, countStyle) : el('div', { display: 'flex', ...countStyle }, count),
      clamped(timeline.title, 3, { fontSize: 60, fontWeight: 700, lineHeight: 1.12, marginBottom: 22 }),
      clamped(timeline.description, 3, { fontSize: 28, lineHeight: 1.3, color: CARD_COLOURS.muted }),
    ],
    stripNode(strip, 'kind'),
    undefined,
    edition,
  );
}
