/** What a one-finger touch over the chart is for, decided from its first movement. */
export type TouchIntent = 'undecided' | 'pan' | 'scroll';

/** How far (CSS px) a finger moves before its intent is decided: a tap moves less. */
export const TOUCH_SLOP = 10;

/**
 * Decides a one-finger gesture the way maps on the web do ("cooperative" gestures): a clearly
 * horizontal first movement pans the timeline; anything else is the page's, and scrolls it.
 * Vertical wins ties, so a reader scrolling past the chart is never caught by it.
 *
 * @example touchIntent(3, 2) // 'undecided' (still a tap)
 * @example touchIntent(30, 8) // 'pan'
 * @example touchIntent(12, 14) // 'scroll'
 */
export function touchIntent(dx: number, dy: number, slop = TOUCH_SLOP): TouchIntent {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (Math.hypot(ax, ay) < slop) return 'undecided';
  return ax > 1.5 * ay ? 'pan' : 'scroll';
}
