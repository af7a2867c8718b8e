import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import type { CardNode } from './card-node';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH } from './card-size';

/** The font files a card is set with: Source Sans 3, regular and bold, Latin and Latin Extended. */
const FONT_FILES = [400, 700].flatMap((weight) => ['latin', 'latin-ext'].map((subset) => ({ weight, file: `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff` })));

/** Turns a card's layout into a PNG. */
export type CardRenderer = (tree: CardNode) => Promise<Uint8Array>;

/**
 * Makes the renderer of share cards: satori lays the tree out as SVG, resvg draws it as a PNG,
 * with the font read from the project's own node_modules. No browser, no network: glyphs the
 * font lacks (scripts other than Latin) are left out rather than fetched.
 */
export function cardRenderer(root: string): CardRenderer {
  const require = createRequire(join(root, 'package.json'));
  const fonts: SatoriOptions['fonts'] = FONT_FILES.map(({ weight, file }) => ({
    name: CARD_FONT,
    data: readFileSync(require.resolve(file)),
    weight: weight as 400 | 700,
    style: 'normal' as const,
  }));
  return async (tree) => {
    // satori's types ask for a React element; its object form is the same shape.
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  };
}
