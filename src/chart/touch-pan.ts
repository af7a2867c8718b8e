import { touchIntent, type TouchIntent } from './touch-intent';

/**
 * One-finger touch over the chart, cooperating with the page. d3-zoom takes only gestures of
 * two fingers or more (pinch); a single finger is watched here with passive listeners, so the
 * browser is never held up: a vertical swipe is left to the browser (the chart's
 * `touch-action: pan-y` lets it scroll the page), a horizontal one pans the timeline by
 * calling `pan` with the finger's movement in CSS pixels, and a tap stays a click.
 */
export function cooperativeTouch(el: Element, pan: (dx: number) => void): () => void {
  let start: { x: number; y: number; id: number } | null = null;
  let lastX = 0;
  let intent: TouchIntent = 'undecided';

  const onStart = (e: TouchEvent) => {
    if (e.touches.length !== 1) {
      // A second finger: the gesture is a pinch, d3-zoom's.
      start = null;
      return;
    }
    const t = e.touches[0];
    start = { x: t.clientX, y: t.clientY, id: t.identifier };
    lastX = t.clientX;
    intent = 'undecided';
  };
  const onMove = (e: TouchEvent) => {
    if (!start || e.touches.length !== 1) return;
    const t = e.touches[0];
    if (t.identifier !== start.id) return;
    if (intent === 'undecided') intent = touchIntent(t.clientX - start.x, t.clientY - start.y);
    if (intent !== 'pan') return;
    pan(t.clientX - lastX);
    lastX = t.clientX;
  };
  const onEnd = (e: TouchEvent) => {
    if (e.touches.length === 0) start = null;
  };
  el.addEventListener('touchstart', onStart as EventListener, { passive: true });
  el.addEventListener('touchmove', onMove as EventListener, { passive: true });
  el.addEventListener('touchend', onEnd as EventListener, { passive: true });
  el.addEventListener('touchcancel', onEnd as EventListener, { passive: true });
  return () => {
    el.removeEventListener('touchstart', onStart as EventListener);
    el.removeEventListener('touchmove', onMove as EventListener);
    el.removeEventListener('touchend', onEnd as EventListener);
    el.removeEventListener('touchcancel', onEnd as EventListener);
  };
}
