import { KIND_STYLES } from '../../chart/kinds';
import type { Kind } from '../../data/types';
import { el, type CardNode } from './card-node';
import { CARD_COLOURS, KIND_COLOURS } from './palette';
import type { Strip, StripLabel } from './strip';

/** The strip's height in px: the marked event's glyph, the ticks, the baseline and the labels. */
export const STRIP_HEIGHT = 92;
const GLYPH_Y = 14;
const TICK_TOP = 32;
const BASE = 58;
const LABEL_TOP = 64;

const path = (d: string, attributes: Record<string, unknown>): CardNode => el('path', {}, undefined, { d, ...attributes });

/** Vertical strokes at each x, as one path. */
const strokes = (xs: readonly number[], top: number, bottom: number) => xs.map((x) => `M${x.toFixed(1)},${top}V${bottom}`).join('');

function label(l: StripLabel, align: 'left' | 'center' | 'right', width: number): CardNode {
  const box = 240;
  const left = align === 'left' ? l.x : align === 'right' ? l.x - box : l.x - box / 2;
  return el('div', { position: 'absolute', top: LABEL_TOP, left: Math.max(0, Math.min(width - box, left)), width: box, display: 'flex', justifyContent: align === 'left' ? 'flex-start' : align === 'right' ? 'flex-end' : 'center', fontSize: 20, color: CARD_COLOURS.muted }, l.text);
}

/**
 * Draws a strip (see `stripGeometry`) as a card node: ticks standing on a baseline, new years
 * as short marks under it, labels underneath. `colour: 'kind'` draws every tick in its kind's colour (the
 * whole timeline's card); `'muted'` draws them grey so the marked event, in its kind's colour
 * with its glyph above it and its window shaded, stands out (an event's card).
 */
export function stripNode(strip: Strip, colour: 'kind' | 'muted'): CardNode {
  const { width, ticks, mark, start, end, years } = strip;
  // New years as axis ticks under the baseline, so they never read as events (which stand on it).
  const shapes: CardNode[] = [path(strokes(years.map((y) => y.x), BASE, BASE + 6), { stroke: CARD_COLOURS.muted, 'stroke-width': 2 })];
  if (colour === 'kind') {
    const byKind = new Map<Kind, number[]>();
    for (const t of ticks) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t.x]);
    for (const [kind, xs] of byKind) shapes.push(path(strokes(xs, TICK_TOP - 12, BASE), { stroke: KIND_COLOURS[kind], 'stroke-width': 3 }));
  } else {
    shapes.push(path(strokes(ticks.map((t) => t.x), TICK_TOP + 8, BASE), { stroke: CARD_COLOURS.border, 'stroke-width': 2 }));
  }
  shapes.push(path(`M0,${BASE}H${width}`, { stroke: CARD_COLOURS.border, 'stroke-width': 2 }));
  if (mark) {
    const c = KIND_COLOURS[mark.kind];
    // At least as wide as the tick, so a one-day window still shows its colour.
    const x0 = Math.min(mark.x0, mark.x - 2);
    const x1 = Math.max(mark.x1, mark.x + 2);
    shapes.push(el('rect', {}, undefined, { x: x0, y: TICK_TOP, width: x1 - x0, height: BASE - TICK_TOP, fill: c, 'fill-opacity': 0.22 }));
    shapes.push(path(strokes([mark.x], TICK_TOP - 4, BASE + 4), { stroke: c, 'stroke-width': 4 }));
    shapes.push(path(KIND_STYLES[mark.kind].path, { fill: c, transform: `translate(${mark.x.toFixed(1)},${GLYPH_Y})` }));
  }
  const svg = el('svg', { position: 'absolute', top: 0, left: 0 }, shapes, { width, height: LABEL_TOP, viewBox: `0 0 ${width} ${LABEL_TOP}` });
  const labels = [start && label(start, 'left', width), ...years.map((y) => label(y, 'center', width)), end && label(end, 'right', width)].filter((l): l is CardNode => !!l);
  return el('div', { position: 'relative', display: 'flex', width, height: STRIP_HEIGHT, flexShrink: 0 }, [svg, ...labels]);
}
