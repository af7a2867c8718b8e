import { zoomTransform, type ZoomTransform } from 'd3-zoom';
import { easeCubicInOut, zoomPath } from './zoom-path';

/** A zoom under way on an element: how to stop it, and the transform it set last. */
interface Running {
  frame: number;
  last: ZoomTransform;
  /** True while the tween itself sets a transform (d3-zoom interrupts the element then too). */
  applying: boolean;
}

const running = new WeakMap<Element, Running>();

/**
 * Animates an element's d3-zoom transform to `to` along the smooth zoom path about `p`, one
 * step per animation frame for `duration` ms, calling `apply` with each transform (the caller
 * hands it to `zoom.transform`). It is what d3-transition did for the chart, without its
 * timers and interpolators in the first download. It stops for good, where it is, when
 * anything else moves the view (a gesture, a pan, another zoom), when `interruptZoomTween` is
 * called for the element (d3-zoom does that as a gesture starts), or when a new tween starts.
 */
export function zoomTween(
  el: Element,
  to: ZoomTransform,
  p: readonly [number, number],
  width: number,
  duration: number,
  apply: (t: ZoomTransform) => void,
): void {
  interruptZoomTween(el);
  const from = zoomTransform(el);
  if (duration <= 0) {
    apply(to);
    return;
  }
  const path = zoomPath(from, to, p, width);
  const start = performance.now();
  const state: Running = { frame: 0, last: from, applying: false };
  const step = (now: number) => {
    // Someone else moved the view since our last step: theirs wins.
    if (zoomTransform(el) !== state.last) return stop(el, state);
    const t = Math.min(1, Math.max(0, (now - start) / duration));
    state.applying = true;
    try {
      apply(path(easeCubicInOut(t)));
    } finally {
      state.applying = false;
    }
    state.last = zoomTransform(el);
    if (t < 1) state.frame = requestAnimationFrame(step);
    else stop(el, state);
  };
  running.set(el, state);
  state.frame = requestAnimationFrame(step);
}

/** Stops the zoom tween under way on an element, if any, where it is (not while it sets a step itself). */
export function interruptZoomTween(el: Element): void {
  const state = running.get(el);
  if (state && !state.applying) stop(el, state);
}

function stop(el: Element, state: Running): void {
  cancelAnimationFrame(state.frame);
  if (running.get(el) === state) running.delete(el);
}
