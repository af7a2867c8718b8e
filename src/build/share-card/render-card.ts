import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import type { CardNode } from './card-node';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, PERSIAN_CARD_FONT } from './card-size';

/**
 * The fonts a card can draw with, by family: Source Sans 3 (Latin, then the other scripts it
 * covers: Cyrillic for Russian and Ukrainian) and Vazirmatn (Persian, then its own Latin, so a
 * name in a Persian card matches the Persian around it). Each family's first subset goes by the
 * name the cards ask for.
 */
const FAMILIES = [
  { name: CARD_FONT, dir: 'source-sans-3', subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] },
  { name: PERSIAN_CARD_FONT, dir: 'vazirmatn', subsets: ['arabic', 'latin', 'latin-ext'] },
];

/** Turns a card's layout into a PNG. */
export type CardRenderer = (tree: CardNode) => Promise<Uint8Array>;

/**
 * Makes the renderer of share cards: satori lays the tree out as SVG, shaping the text with
 * HarfBuzz (Persian letters joined, right-to-left runs ordered), and resvg draws it as a PNG, with
 * Source Sans 3 and Vazirmatn (regular and bold) read from the project's own node_modules. No
 * browser, no network: scripts the fonts do not cover (Hebrew, CJK…) and emoji are not fetched
 * from anywhere, and show as empty boxes.
 */
export function cardRenderer(root: string): CardRenderer {
  const draw = cardPainter(root);
  return async (tree) => (await draw(tree)).asPng();
}

/** The painters made so far, by project root: each edition's cards reuse the fonts satori has already read. */
const painters = new Map<string, (tree: CardNode) => Promise<RenderedImage>>();


/** Draws a card's layout as pixels (RGBA, CARD_WIDTH × CARD_HEIGHT), with the fonts `cardRenderer` uses: for tests that look at the ink. */
export function cardPainter(root: string): (tree: CardNode) => Promise<RenderedImage> {
  const made = painters.get(root);
  if (made) return made;
  const require = createRequire(join(root, 'package.json'));
  const fonts: SatoriOptions['fonts'] = FAMILIES.flatMap((family) =>
    [400, 700].flatMap((weight) =>
      family.subsets.map((subset, i) => ({
        // A family per subset, the first under the name the cards ask for: satori looks for a
        // glyph the asked-for family lacks in the other families, not in other fonts of the same one.
        name: i === 0 ? family.name : `${family.name} ${subset}`,
        data: readFileSync(require.resolve(`@fontsource/${family.dir}/files/${family.dir}-${subset}-${weight}-normal.woff`)),
        weight: weight as 400 | 700,
        style: 'normal' as const,
      })),
    ),
  );
  const paint = async (tree: CardNode) => {
    // satori's types ask for a React element; its object form is the same shape.
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  };
  painters.set(root, paint);
  return paint;
}
