import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import type { CardNode } from './card-node';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH } from './card-size';

/** The subsets of Source Sans 3 a card can draw: Latin, then the other scripts the font covers. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'];

/** Turns a card's layout into a PNG. */
export type CardRenderer = (tree: CardNode) => Promise<Uint8Array>;

/**
 * Makes the renderer of share cards: satori lays the tree out as SVG, resvg draws it as a PNG,
 * with Source Sans 3 (regular and bold) read from the project's own node_modules. No browser,
 * no network: scripts the font does not cover (Arabic, Hebrew, CJK…) and emoji are not fetched
 * from anywhere, and show as empty boxes.
 */
export function cardRenderer(root: string): CardRenderer {
  const require = createRequire(join(root, 'package.json'));
  const fonts: SatoriOptions['fonts'] = [400, 700].flatMap((weight) =>
    SUBSETS.map((subset) => ({
      // A family per subset, Latin under the name the cards ask for: satori looks for a glyph
      // the asked-for family lacks in the other families, not in other fonts of the same one.
      name: subset === 'latin' ? CARD_FONT : `${CARD_FONT} ${subset}`,
      data: readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`)),
      weight: weight as 400 | 700,
      style: 'normal' as const,
    })),
  );
  return async (tree) => {
    // satori's types ask for a React element; its object form is the same shape.
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  };
}
