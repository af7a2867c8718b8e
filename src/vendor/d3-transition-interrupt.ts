// Stands in for d3-transition in the built site. d3-zoom imports only `interrupt` from it (and
// calls `selection.interrupt()`, which d3-transition adds to d3-selection), to stop an animated
// zoom when a gesture starts; the chart animates its zooms itself (src/chart/zoom-tween.ts), so
// interrupting means stopping that. d3-transition, with d3-timer, d3-ease and most of
// d3-interpolate, added about 5 KB to the reader's first download. vite.config.ts aliases
// 'd3-transition' here; the browser tests, which do not use Vite, load the real package
// (zoom-tween.ts stops itself there when a gesture moves the view).
import { selection } from 'd3-selection';
import { interruptZoomTween } from '../chart/zoom-tween';

/** Stops the animated zoom under way on an element, if any (d3-zoom calls it as a gesture starts). */
export function interrupt(node: Element): void {
  interruptZoomTween(node);
}

// d3-zoom's `zoom.transform` calls `selection.interrupt()` on every programmatic zoom.
(selection.prototype as { interrupt?: unknown }).interrupt = function (this: ReturnType<typeof selection>) {
  return this.each(function () {
    interruptZoomTween(this as Element);
  });
};

function unused(): never {
  throw new Error('d3-transition is not bundled with the timeline: its zooms are animated by src/chart/zoom-tween.ts.');
}

export const transition = unused;
export const active = unused;
