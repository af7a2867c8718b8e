import type { Kind } from '../data/types';
import { msg } from '../i18n/msg';

/** How each kind of event looks: a shape and a colour (a CSS variable, so themes can change it); its name is kindLabel's. */
export interface KindStyle {
  /** The d3-shape symbol the mark uses (its path is below). */
  symbol: 'square' | 'diamond' | 'triangle' | 'circle' | 'bubble' | 'cross' | 'star';
  /**
   * The symbol's SVG path, centred on 0,0 and about 18 px across: d3-shape's output at size 150,
   * kept as text to keep the download small (checked by a test), or our own speech bubble for
   * statements (d3's wye read as a glitch at this size).
   */
  path: string;
  color: string;
  /** How much an event of this kind matters when not everything fits (higher keeps its place). */
  weight: number;
}

const BUBBLE = 'M-7.5,-8.5h15a2.5,2.5 0 0 1 2.5,2.5v7a2.5,2.5 0 0 1 -2.5,2.5h-8l-5,5v-5h-2a2.5,2.5 0 0 1 -2.5,-2.5v-7a2.5,2.5 0 0 1 2.5,-2.5Z';

export const KIND_STYLES: Record<Kind, KindStyle> = {
  delivery: { symbol: 'square', path: 'M-6.124,-6.124h12.247v12.247h-12.247Z', color: 'var(--kind-delivery)', weight: 3 },
  agreement: { symbol: 'diamond', path: 'M0,-11.398L6.58,0L0,11.398L-6.58,0Z', color: 'var(--kind-agreement)', weight: 3 },
  strike: { symbol: 'triangle', path: 'M0,-10.746L9.306,5.373L-9.306,5.373Z', color: 'var(--kind-strike)', weight: 3 },
  report: { symbol: 'circle', path: 'M6.91,0A6.91,6.91,0,1,1,-6.91,0A6.91,6.91,0,1,1,6.91,0', color: 'var(--kind-report)', weight: 2 },
  statement: {
    symbol: 'bubble',
    // A speech bubble: a rounded box with a tail at its lower left.
    path: BUBBLE,
    color: 'var(--kind-statement)',
    weight: 1,
  },
  denial: {
    symbol: 'cross',
    path: 'M-8.216,-2.739L-2.739,-2.739L-2.739,-8.216L2.739,-8.216L2.739,-2.739L8.216,-2.739L8.216,2.739L2.739,2.739L2.739,8.216L-2.739,8.216L-2.739,2.739L-8.216,2.739Z',
    color: 'var(--kind-denial)',
    weight: 1,
  },
  forecast: {
    symbol: 'star',
    path: 'M0,-11.559L2.595,-3.572L10.994,-3.572L4.199,1.364L6.795,9.352L0,4.415L-6.795,9.352L-4.199,1.364L-10.994,-3.572L-2.595,-3.572Z',
    color: 'var(--kind-forecast)',
    weight: 3,
  },
};

/** The SVG path of a kind's mark, centred on 0,0 and about 14 px across. */
export function kindPath(kind: Kind): string {
  return KIND_STYLES[kind].path;
}

/** A kind's name, in the reader's language: 'Delivery', 'Strike'… (a function, so it follows the catalogue). */
export function kindLabel(kind: Kind): string {
  switch (kind) {
    case 'delivery':
      return msg('Delivery', { id: 'kind.delivery' });
    case 'agreement':
      return msg('Agreement', { id: 'kind.agreement' });
    case 'strike':
      return msg('Strike', { id: 'kind.strike' });
    case 'report':
      return msg('Report', { id: 'kind.report' });
    case 'statement':
      return msg('Statement', { id: 'kind.statement' });
    case 'denial':
      return msg('Denial', { id: 'kind.denial' });
    case 'forecast':
      return msg('Forecast', { id: 'kind.forecast' });
  }
}
