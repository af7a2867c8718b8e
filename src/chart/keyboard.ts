/** What a key press on the chart asks for. */
export type KeyAction =
  | { type: 'select'; index: number }
  | { type: 'zoom'; factor: number }
  | { type: 'pin' }
  | { type: 'close' };

/**
 * Maps a key to a chart action: arrows walk the events in date order (from `current`, or from
 * `fallback`, the event nearest the view's centre, when none is selected), Home/End jump to the
 * ends, `+`/`-` zoom, Enter/Space pin the tooltip, Escape closes it. Null for other keys.
 *
 * @example keyAction('ArrowRight', 3, 10, 0) // { type: 'select', index: 4 }
 */
export function keyAction(key: string, current: number | null, count: number, fallback: number): KeyAction | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'select', index: current === null ? fallback : Math.min(last, current + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'select', index: current === null ? fallback : Math.max(0, current - 1) };
    case 'Home':
      return { type: 'select', index: 0 };
    case 'End':
      return { type: 'select', index: last };
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { type: 'zoom', factor: 0.5 };
    case 'Enter':
    case ' ':
      return current === null ? { type: 'select', index: fallback } : { type: 'pin' };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}

/** The direction a row of controls reads in: its element's computed `direction`. */
export type ReadingDirection = 'ltr' | 'rtl';

/**
 * How an arrow key moves along a row of controls (the legend, a toolbar, the chips): +1 to the
 * next item in reading order, -1 to the previous, null for any other key. In a right-to-left row
 * the next item is on the left, so ArrowLeft moves to it; ArrowDown and ArrowUp always mean next
 * and previous.
 *
 * @example arrowStep('ArrowLeft', 'rtl') // 1
 * @example arrowStep('ArrowLeft', 'ltr') // -1
 */
export function arrowStep(key: string, dir: ReadingDirection): -1 | 1 | null {
  switch (key) {
    case 'ArrowRight':
      return dir === 'rtl' ? -1 : 1;
    case 'ArrowLeft':
      return dir === 'rtl' ? 1 : -1;
    case 'ArrowDown':
      return 1;
    case 'ArrowUp':
      return -1;
    default:
      return null;
  }
}

/** The reading direction of an element, as laid out (`dir` on it or an ancestor, or CSS `direction`). */
export function directionOf(el: Element): ReadingDirection {
  return getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}
