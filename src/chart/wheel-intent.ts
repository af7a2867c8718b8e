/** What a wheel event over the chart should do. */
export type WheelIntent = 'zoom' | 'pan' | 'scroll';

/**
 * Routes a wheel event: Ctrl/Cmd + wheel (and a trackpad pinch, which browsers send as
 * Ctrl + wheel) zooms; Shift + wheel or a mostly horizontal wheel pans; a plain vertical
 * wheel belongs to the page and scrolls it.
 *
 * @example wheelIntent({ ctrlKey: false, metaKey: false, shiftKey: false, deltaX: 0, deltaY: 100 }) // 'scroll'
 */
export function wheelIntent(e: Pick<WheelEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'deltaX' | 'deltaY'>): WheelIntent {
  if (e.ctrlKey || e.metaKey) return 'zoom';
  if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return 'pan';
  return 'scroll';
}

/** How many pixels a panning wheel event moves the view (Shift turns vertical wheels horizontal). */
export function panDelta(e: Pick<WheelEvent, 'shiftKey' | 'deltaX' | 'deltaY' | 'deltaMode'>): number {
  const d = Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.shiftKey ? e.deltaY : 0;
  return d * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
}

/** The most one wheel event may zoom: 2^0.32, about 1.25×, so one mouse-wheel notch is a moderate step. */
export const MAX_WHEEL_ZOOM_EXPONENT = 0.32;

/**
 * The zoom of a Ctrl/⌘ + wheel event, as a power of two (d3-zoom's wheelDelta): proportional to
 * the wheel's distance, so a trackpad pinch (many small deltas, sent as Ctrl + wheel) is smooth,
 * and capped, so a mouse-wheel notch (about 100 px at once) zooms by at most about 1.25×.
 *
 * @example 2 ** zoomExponent({ deltaY: -100, deltaMode: 0 }) // ≈ 1.25 (one notch in)
 * @example 2 ** zoomExponent({ deltaY: 4, deltaMode: 0 }) // ≈ 0.97 (a little of a pinch out)
 */
export function zoomExponent(e: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  const perUnit = e.deltaMode === 1 ? 0.1 : e.deltaMode === 2 ? 1 : 0.01;
  return Math.max(-MAX_WHEEL_ZOOM_EXPONENT, Math.min(MAX_WHEEL_ZOOM_EXPONENT, -e.deltaY * perUnit));
}
