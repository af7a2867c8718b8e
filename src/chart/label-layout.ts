import type { MarkBox } from './layout';

/** An event that wants a place in the lanes: its mark's pixel x, its span, its label's width and how much it matters. */
export interface LabelCandidate {
  index: number;
  x: number;
  x0: number;
  x1: number;
  /** The width of its whole label, in px. */
  labelWidth: number;
  /** Higher first: the more important events get lanes and whole labels before the others. */
  weight: number;
}

export interface LabelLayoutInput {
  candidates: readonly LabelCandidate[];
  lanes: number;
  /** The room a mark needs, centred on its x. */
  markWidth: number;
  /** The plot's width: labels end before it. */
  width: number;
  /** The space between a mark and its label, and after a label. */
  gap?: number;
  /** A label shorter than this (px) is not worth showing: the mark stands alone. */
  minLabel?: number;
  /** Where each event was at the last frame (index → lane), so labels do not jump between lanes as the view pans. */
  previous?: ReadonlyMap<number, number>;
  /** Every mark carries a label: one that gets no room goes to the overflow instead (narrow screens), unless its weight is Infinity. */
  requireLabel?: boolean;
  /** Pixels at the left of every lane kept free (for the lane's name): nothing is placed there. */
  reserved?: number;
}

export interface LabelLayout {
  /** Placed marks; `labelRoom` is the width their label may take (0: no label). */
  boxes: MarkBox[];
  /** Candidates (indices into the input) that found no lane: the caller counts them in groups. */
  overflow: number[];
}

type Interval = [number, number];

// The three scans below run for every candidate and lane, mostly in the first draw while the
// code is still cold: indexed loops, not `every` with a destructuring callback or `for…of` with
// array destructuring (the interpreter runs the iterator protocol for each), keep them cheap.

/** Whether [a, b) overlaps nothing taken in a lane. */
function free(taken: readonly Interval[], a: number, b: number): boolean {
  for (let k = 0; k < taken.length; k++) {
    const t = taken[k];
    if (b > t[0] && a < t[1]) return false;
  }
  return true;
}

/** How far right of `a` a lane is free, up to `limit` (0 when `a` itself is taken). */
function roomAfter(taken: readonly Interval[], a: number, limit: number): number {
  let end = limit;
  for (let k = 0; k < taken.length; k++) {
    const l = taken[k][0];
    if (l <= a && taken[k][1] > a) return 0;
    if (l >= a && l < end) end = l;
  }
  return Math.max(0, end - a);
}

/** How far left of `b` a lane is free, down to 0 (0 when `b` itself is taken). */
function roomBefore(taken: readonly Interval[], b: number): number {
  let start = 0;
  for (let k = 0; k < taken.length; k++) {
    const r = taken[k][1];
    if (taken[k][0] < b && r >= b) return 0;
    if (r <= b && r > start) start = r;
  }
  return Math.max(0, b - start);
}

/**
 * Places event marks in lanes using the width of their labels, not only of their symbols.
 *
 * 1. Marks, the most important first (by `weight`, then in date order): each goes to the lane
 *    it had at the last frame when it still fits there (so nothing jumps as the view pans),
 *    else to the lane with room for its whole label after (or before) it, else to the lane
 *    with the most room; what fits in no lane is returned as overflow for the caller to count
 *    in groups, so the least important are grouped first.
 * 2. Labels, in the same order: the whole label after the mark, else the whole label before it,
 *    else, for a span wider than that, inside the span's part in view, else the longer room,
 *    shortened; never over another mark or label. With
 *    `requireLabel`, a mark left without a label joins the overflow.
 *
 * Pure: the caller measures text (canvas `measureText` in the browser, a fixed table in tests).
 *
 * @example layoutLabels({ candidates: [{ index: 0, x: 10, x0: 10, x1: 10, labelWidth: 80, weight: 1 }], lanes: 2, markWidth: 20, width: 300 })
 *   // one box in lane 0 with labelRoom 80
 */
export function layoutLabels(input: LabelLayoutInput): LabelLayout {
  const { candidates, lanes, markWidth, width, gap = 4, minLabel = 60, previous, requireLabel = false, reserved = 0 } = input;
  const half = markWidth / 2;
  const leftOf = (c: LabelCandidate) => Math.min(c.x0, c.x - half);
  const rightOf = (c: LabelCandidate) => Math.max(c.x1, c.x + half);
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b].weight - candidates[a].weight || candidates[a].x - candidates[b].x);

  // 1. Marks.
  const taken: Interval[][] = Array.from({ length: lanes }, (): Interval[] => (reserved > 0 ? [[-Infinity, reserved]] : []));
  const laneOf = new Map<number, number>();
  const overflow: number[] = [];
  for (const i of order) {
    const c = candidates[i];
    const a = leftOf(c);
    const b = rightOf(c) + 2;
    const need = c.labelWidth + gap;
    let lane = -1;
    let best = -Infinity;
    for (let l = 0; l < lanes; l++) {
      if (!free(taken[l], a, b)) continue;
      if (previous?.get(c.index) === l) {
        lane = l;
        break;
      }
      const after = roomAfter(taken[l], rightOf(c) + gap, width);
      const before = roomBefore(taken[l], a - gap);
      const score = (after >= need || before >= need ? 1e6 : 0) + Math.min(after, need) + 0.5 * Math.min(before, need);
      if (score > best) (best = score), (lane = l);
    }
    if (lane < 0) overflow.push(i);
    else taken[lane].push([a, b]), laneOf.set(i, lane);
  }

  // 2. Labels.
  const boxes: MarkBox[] = [];
  for (const i of order) {
    const lane = laneOf.get(i);
    if (lane === undefined) continue;
    const c = candidates[i];
    const left = leftOf(c);
    // A label starts after the mark or its span, whichever ends last.
    const start = rightOf(c) + gap;
    const after = Math.max(0, roomAfter(taken[lane], start, width + gap) - gap);
    const before = Math.max(0, roomBefore(taken[lane], left - gap) - gap);
    const box: MarkBox = { index: c.index, x: c.x, x0: c.x0, x1: c.x1, lane, labelRoom: 0 };
    let room = after >= c.labelWidth ? c.labelWidth : before >= c.labelWidth ? -c.labelWidth : after >= before ? after : -before;
    // A span wider than its label outside it (one that runs past the plot, say): the label goes
    // inside the part in view, from its mark or from where it enters the plot. Its lane is its own there.
    const inside = c.x1 - c.x0 > markWidth ? Math.min(c.x1, width) - Math.max(c.x + half, c.x0, 0) - 2 * gap : 0;
    if (Math.abs(room) < c.labelWidth && inside > Math.abs(room)) {
      room = Math.min(inside, c.labelWidth);
      if (room >= Math.min(minLabel, c.labelWidth)) {
        boxes.push({ ...box, labelRoom: room, labelInside: true });
        continue;
      }
      room = 0;
    }
    if (Math.abs(room) < Math.min(minLabel, c.labelWidth)) room = 0;
    if (!room && requireLabel && c.weight !== Infinity && c.labelWidth > 0) {
      overflow.push(i);
      continue;
    }
    if (room < 0) {
      box.labelLeft = true;
      taken[lane].push([left - gap + room - gap, left]);
    } else if (room > 0) taken[lane].push([start - gap, start + room + gap]);
    box.labelRoom = Math.abs(room);
    boxes.push(box);
  }
  boxes.sort((a, b) => a.index - b.index);
  return { boxes, overflow: overflow.sort((a, b) => a - b) };
}

/**
 * The longest start of `text` (with an ellipsis when cut) whose width fits `room`, by binary
 * search over a width function; '' when not even a few characters fit.
 *
 * @example fitText('Iran and Russia agree', 60, (s) => s.length * 6) // 'Iran and …'
 */
export function fitText(text: string, room: number, measure: (s: string) => number, minChars = 6): string {
  if (measure(text) <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo >= minChars ? `${text.slice(0, lo).trimEnd()}…` : '';
}
