import { KIND_STYLES } from '../../chart/kinds';
import type { TimelineModel } from '../../data/timeline-model';
import type { EventHead } from '../../data/types';
import { el, type CardNode, type CardStyle } from './card-node';
import { CARD_BAR, CARD_FONT, CARD_HEIGHT, CARD_PAD, CARD_WIDTH } from './card-size';
import { CARD_COLOURS, KIND_COLOURS } from './palette';

/* The pieces both kinds of card are made of. */

/** What a card needs of the timeline: its name and every event, to place one among them. */
export interface CardTimeline {
  title: string;
  model: TimelineModel<EventHead>;
}

/** Text that never runs past `lines` lines: satori wraps it and ends the last line with an ellipsis. */
export function clamped(text: string, lines: number, style: CardStyle): CardNode {
  // Long unbroken words (an id, a URL) break rather than overflow.
  return el('div', { display: 'block', lineClamp: lines, wordBreak: 'break-word', ...style }, text);
}

/** The kind's glyph, in its colour, `size` px high. */
export function glyph(kind: EventHead['kind'], size: number): CardNode {
  const path = el('path', {}, undefined, { d: KIND_STYLES[kind].path, fill: KIND_COLOURS[kind] });
  return el('svg', { flexShrink: 0 }, [path], { width: size, height: size, viewBox: '-12 -12 24 24' });
}

/**
 * The card's frame: the page colour, the font, a bar along the top (in `accent`, an event's
 * kind colour, or the text colour), the content above and the strip at the foot. Nothing is
 * clipped (clipping makes every element a mask, and the render several times slower): the
 * content's texts are clamped to lines that fit above the strip.
 */
export function cardFrame(body: CardNode[], strip: CardNode, accent: string = CARD_COLOURS.text): CardNode {
  return el('div', { display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: CARD_COLOURS.bg, color: CARD_COLOURS.text, fontFamily: CARD_FONT }, [
    el('div', { display: 'flex', width: CARD_WIDTH, height: CARD_BAR, flexShrink: 0, backgroundColor: accent }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: CARD_PAD }, [
      el('div', { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 2 * CARD_PAD }, body),
      strip,
    ]),
  ]);
}
