import { formatUtc } from '../../time/date-label';
import { el, type CardNode } from './card-node';
import { CARD_PAD, CARD_WIDTH } from './card-size';
import { cardFrame, clamped, type CardTimeline } from './card-parts';
import { CARD_COLOURS } from './palette';
import { stripGeometry } from './strip';
import { stripNode } from './strip-node';

/** The span of the data in words: "January 2022 – May 2023", or one month when it is all in one. */
export function spanLabel(extent: readonly [number, number]): string {
  const [a, b] = [formatUtc(extent[0], 'month'), formatUtc(extent[1] - 1, 'month')];
  return a === b ? a : `${a} – ${b}`;
}

/**
 * The main page's share card, as a satori tree: the timeline's title and description, how many
 * events it holds over what span, and a strip of all of them, each in its kind's colour.
 */
export function timelineCard(timeline: CardTimeline & { description: string }): CardNode {
  const { model } = timeline;
  const n = model.events.length;
  const strip = stripGeometry(model.events, model.extent, CARD_WIDTH - 2 * CARD_PAD, { inset: 14 });
  return cardFrame(
    [
      el('div', { display: 'flex', fontSize: 26, color: CARD_COLOURS.muted, marginBottom: 20 }, n ? `A timeline of ${n.toLocaleString('en-GB')} event${n === 1 ? '' : 's'}, ${spanLabel(model.extent)}` : 'A timeline'),
      clamped(timeline.title, 3, { fontSize: 60, fontWeight: 700, lineHeight: 1.12, marginBottom: 22 }),
      clamped(timeline.description, 3, { fontSize: 28, lineHeight: 1.3, color: CARD_COLOURS.muted }),
    ],
    stripNode(strip, 'kind'),
  );
}
