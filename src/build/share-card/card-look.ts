import type { Edition } from '../../time/locale-dates';
import type { CardStyle } from './card-node';
import { CARD_FONT, PERSIAN_CARD_FONT } from './card-size';

/** How an edition's cards are set: the font family, and whether the text runs right to left. */
export interface CardLook {
  font: string;
  rtl: boolean;
}

/**
 * An edition's look: Persian is set in Vazirmatn, right to left, Latin names in it too (its Latin
 * subsets, as render-card.ts names them); the others in Source Sans 3 (whose Cyrillic covers
 * Russian and Ukrainian), left to right.
 */
export function cardLook(edition: Edition): CardLook {
  const persian = [PERSIAN_CARD_FONT, `${PERSIAN_CARD_FONT} latin`, `${PERSIAN_CARD_FONT} latin-ext`].join(', ');
  return edition === 'fa' ? { font: persian, rtl: true } : { font: CARD_FONT, rtl: false };
}

/**
 * Margins before and after an inline item in reading order: left then right in a left-to-right
 * card, mirrored in a right-to-left one (satori knows no logical margins).
 *
 * @example inlineMargins(12, 16, false) // { marginLeft: 12, marginRight: 16 }
 */
export function inlineMargins(start: number, end: number, rtl: boolean): CardStyle {
  return rtl ? { marginLeft: end, marginRight: start } : { marginLeft: start, marginRight: end };
}
