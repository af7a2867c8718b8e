/** A share card's size in px: the 1.91:1 image Open Graph and Twitter's large card show uncropped. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The margin around a card's content, in px. */
export const CARD_PAD = 60;

/** The height of the coloured bar along a card's top, in px. */
export const CARD_BAR = 12;

/** The font family the cards are set in (loaded from @fontsource/source-sans-3 by the renderer): Latin, Cyrillic, Greek. */
export const CARD_FONT = 'Source Sans 3';

/** The font family the Persian cards are set in (loaded from @fontsource/vazirmatn): Persian, with its own Latin. */
export const PERSIAN_CARD_FONT = 'Vazirmatn';
