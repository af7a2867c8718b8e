import { zoom, type ZoomBehavior } from 'd3-zoom';
import { wheelIntent, zoomExponent } from './wheel-intent';

/**
 * A d3-zoom behaviour for a horizontal timeline: zoom only on Ctrl/Cmd + wheel or a
 * two-finger pinch, pan by mouse drag, never on a plain vertical wheel or a one-finger touch
 * (those scroll the page; a horizontal one-finger swipe is panned by touch-pan.ts). Horizontal and
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
      // One finger belongs to the page (see touch-pan.ts): d3-zoom would cancel its scrolling.
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      const e = event as MouseEvent;
      // Only the primary button drags; Ctrl + click is the system's, not ours.
      return !e.ctrlKey && !e.button;
    })
    // d3's default multiplies Ctrl + wheel by 10 (for pinches), which made a mouse notch zoom 4×.
    .wheelDelta(zoomExponent);
}
