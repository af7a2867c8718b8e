import { zoom, type ZoomBehavior } from 'd3-zoom';
import { wheelIntent } from './wheel-intent';

/**
 * A d3-zoom behaviour for a horizontal timeline: zoom only on Ctrl/Cmd + wheel or pinch,
 * pan by drag, never on a plain vertical wheel (that scrolls the page). Horizontal and
 * Shift + wheel panning is routed by the chart itself (see `wheel-intent.ts`).
 */
export function timelineZoom<E extends Element>(maxK: number, width: number, height: number): ZoomBehavior<E, unknown> {
  return zoom<E, unknown>()
    .scaleExtent([1, maxK])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, -Infinity],
      [width, Infinity],
    ])
    .filter((event: Event) => {
      if (event.type === 'wheel') return wheelIntent(event as WheelEvent) === 'zoom';
      const e = event as MouseEvent;
      // Only the primary button drags; Ctrl + click is the system's, not ours.
      return !e.ctrlKey && !e.button;
    })
    // The default ties vertical wheel to zoom only; trackpad pinches also arrive here as Ctrl + wheel.
    .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 5 : 1));
}
