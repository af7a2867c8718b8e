import { KIND_STYLES } from '../../chart/kinds';
import type { TimelineModel } from '../../data/timeline-model';
import type { EventHead } from '../../data/types';
import type { Edition } from '../../time/locale-dates';
import { el, type CardNode, type CardStyle } from './card-node';
import { cardLook } from './card-look';
import { CARD_BAR, CARD_FONT, CARD_HEIGHT, CARD_PAD, CARD_WIDTH } from './card-size';
import { CARD_COLOURS, KIND_COLOURS } from './palette';

/* The pieces both kinds of card are made of. */

/**
 * What a card needs of the timeline: its name and every event, to place one among them, in an
 * edition (English when absent), with that edition's labels of approximate dates by event id.
 */
export interface CardTimeline {
  title: string;
  model: TimelineModel<EventHead>;
  edition?: Edition;
  dateLabels?: Readonly<Record<string, string>>;
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
 * content's texts are clamped to lines that fit above the strip. A right-to-left edition's card
 * is laid out from the right (its rows, its lines of text); its strip stays a time axis, read
 * left to right like the chart's.
 */
export function cardFrame(body: CardNode[], strip: CardNode, accent: string = CARD_COLOURS.text, edition: Edition = 'en'): CardNode {
  const look = cardLook(edition);
  const frame: CardStyle = { display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: CARD_COLOURS.bg, color: CARD_COLOURS.text, fontFamily: CARD_FONT };
  return el('div', look.rtl ? { ...frame, fontFamily: look.font, direction: 'rtl' } : { ...frame, fontFamily: look.font }, [
    el('div', { display: 'flex', width: CARD_WIDTH, height: CARD_BAR, flexShrink: 0, backgroundColor: accent }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: CARD_PAD }, [
      el('div', { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 2 * CARD_PAD }, body),
      look.rtl ? el('div', { display: 'flex', direction: 'ltr' }, [strip]) : strip,
    ]),
  ]);
}
