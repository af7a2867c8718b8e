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
