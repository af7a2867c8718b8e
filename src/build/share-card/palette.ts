import type { Kind } from '../../data/types';

/**
 * The colours of a share card: the site's light theme (src/styles/theme.css), which link
 * previews are shown on far more often than on dark. A test keeps them equal to the theme's.
 */
export const CARD_COLOURS = {
  bg: '#fbfaf8',
  text: '#1b1b1b',
  muted: '#4d4d4d',
  border: '#8a8580',
} as const;

/** Each kind's colour in the light theme (`--kind-*` in theme.css). */
export const KIND_COLOURS: Record<Kind, string> = {
  delivery: '#b3400a',
  agreement: '#6b2fc9',
  strike: '#b3151b',
  report: '#1f58c7',
  statement: '#0b7250',
  denial: '#3d4552',
  forecast: '#8a5a00',
};
