import type { TimeWindow } from './view-window';

/** The limits a brushed window keeps: inside `domain`, never narrower than `minSpan` (ms). */
export interface BrushLimits {
  domain: TimeWindow;
  minSpan: number;
}

/**
 * A window made to fit the limits: its width clamped to [minSpan, the whole domain], then slid
 * (not squeezed) back inside the domain.
 *
 * @example clampWindow([-5, 5], { domain: [0, 100], minSpan: 20 }) // [0, 20]
 */
export function clampWindow([a, b]: TimeWindow, { domain: [d0, d1], minSpan }: BrushLimits): TimeWindow {
  const whole = Math.max(0, d1 - d0);
  const span = Math.min(whole, Math.max(Math.min(minSpan, whole), b - a));
  const mid = (a + b) / 2;
  const from = Math.min(d1 - span, Math.max(d0, mid - span / 2));
  return [from, from + span];
}

/**
 * The window slid by `dt` ms, keeping its width, stopped at the domain's ends.
 *
 * @example moveWindow([10, 30], 80, { domain: [0, 100], minSpan: 1 }) // [80, 100]
 */
export function moveWindow([a, b]: TimeWindow, dt: number, { domain: [d0, d1] }: BrushLimits): TimeWindow {
  const span = b - a;
  const from = Math.min(d1 - span, Math.max(d0, a + dt));
  return [from, from + span];
}

/**
 * The window with one edge (0: start, 1: end) dragged to `t`, the other edge staying put; the
 * dragged edge stops at the domain's end and `minSpan` from the other edge.
 *
 * @example resizeWindow([10, 30], 1, 12, { domain: [0, 100], minSpan: 5 }) // [10, 15]
 */
export function resizeWindow([a, b]: TimeWindow, edge: 0 | 1, t: number, { domain: [d0, d1], minSpan }: BrushLimits): TimeWindow {
  return edge === 0 ? [Math.max(d0, Math.min(t, b - minSpan)), b] : [a, Math.min(d1, Math.max(t, a + minSpan))];
}

/**
 * The window, same width, centred on `t` as far as the domain allows.
 *
 * @example centreWindow([0, 20], 50, { domain: [0, 100], minSpan: 1 }) // [40, 60]
 */
export function centreWindow([a, b]: TimeWindow, t: number, limits: BrushLimits): TimeWindow {
  return moveWindow([a, b], t - (a + b) / 2, limits);
}

/** How much `+` and `-` narrow and widen the window. */
const ZOOM_STEP = 1.5;

/**
 * The window a key asks for on the overview's slider (WAI-ARIA slider pattern): Left/Right
 * (and Down/Up) move by a tenth of the window, with Shift or PageUp/PageDown by a whole
 * window; Home/End go to the domain's ends; `+` narrows and `-` widens it about its centre.
 * Null for any other key.
 *
 * @example brushKey('ArrowRight', false, [0, 10], { domain: [0, 100], minSpan: 1 }) // [1, 11]
 */
export function brushKey(key: string, shift: boolean, w: TimeWindow, limits: BrushLimits): TimeWindow | null {
  const span = w[1] - w[0];
  const mid = (w[0] + w[1]) / 2;
  const step = shift ? span : span / 10;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return moveWindow(w, step, limits);
    case 'ArrowLeft':
    case 'ArrowDown':
      return moveWindow(w, -step, limits);
    case 'PageUp':
      return moveWindow(w, span, limits);
    case 'PageDown':
      return moveWindow(w, -span, limits);
    case 'Home':
      return moveWindow(w, limits.domain[0] - w[0], limits);
    case 'End':
      return moveWindow(w, limits.domain[1] - w[1], limits);
    case '+':
    case '=':
      return clampWindow([mid - span / ZOOM_STEP / 2, mid + span / ZOOM_STEP / 2], limits);
    case '-':
    case '_':
      return clampWindow([mid - (span * ZOOM_STEP) / 2, mid + (span * ZOOM_STEP) / 2], limits);
    default:
      return null;
  }
}
