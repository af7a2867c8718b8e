/** An event mark placed on screen: x in pixels, its lane, and how much room its label has. */
export interface MarkBox {
  index: number;
  x: number;
  x0: number;
  x1: number;
  lane: number;
  labelRoom: number;
  /** The label is drawn before the mark (near the plot's right edge). */
  labelLeft?: boolean;
}

/** A bunch of events drawn as one counted mark because they would not fit one by one. */
export interface Group {
  /** A stable key for the drawing join. */
  key: string;
  x: number;
  count: number;
  from: number;
  to: number;
  lo: number;
  hi: number;
}

export interface LayoutInput {
  /** Pixel x of each candidate's mark and its span's pixel extent, in date order. */
  xs: readonly { index: number; x: number; x0: number; x1: number }[];
  lanes: number;
  /** Horizontal room a mark needs in its lane. */
  markWidth: number;
  /** Right edge of the drawing area, for the last label's room. */
  width: number;
}

/** Marks that fit in lanes, and the candidates (indices into the input) that did not. */
export interface LaneLayout {
  boxes: MarkBox[];
  overflow: number[];
}

/**
 * Stacks marks into lanes so none overlap: each takes the first lane where the previous mark
 * (or span) has ended; those that fit nowhere are returned as overflow, for the caller to group.
 *
 * @example layoutLanes({ xs: [{index:0,x:10,x0:10,x1:10}, {index:1,x:12,x0:12,x1:12}], lanes: 3, markWidth: 16, width: 100 })
 *   // boxes in lanes 0 and 1, no overflow
 */
export function layoutLanes({ xs, lanes, markWidth, width }: LayoutInput): LaneLayout {
  const laneEnd = new Array<number>(lanes).fill(-Infinity);
  const lastInLane = new Array<MarkBox | undefined>(lanes);
  const boxes: MarkBox[] = [];
  const overflow: number[] = [];
  xs.forEach((p, i) => {
    const left = Math.min(p.x0, p.x - markWidth / 2);
    const lane = laneEnd.findIndex((end) => end <= left);
    if (lane < 0) {
      overflow.push(i);
      return;
    }
    const box: MarkBox = { ...p, lane, labelRoom: Math.max(0, width - p.x - markWidth / 2) };
    const prev = lastInLane[lane];
    if (prev) prev.labelRoom = Math.max(0, left - prev.x - markWidth / 2 - 4);
    laneEnd[lane] = Math.max(p.x1, p.x + markWidth / 2) + 2;
    lastInLane[lane] = box;
    boxes.push(box);
  });
  return { boxes, overflow };
}

/**
 * Groups date-sorted marks into pixel bins of `binWidth`, with the count in each; used when
 * zoomed out too far for lanes. Work is linear in the number of candidates.
 */
export function groupByPixel(xs: readonly { index: number; x: number }[], binWidth: number): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  for (const p of xs) {
    const bin = Math.floor(p.x / binWidth);
    if (cur && Math.floor(cur.from / binWidth) === bin) {
      cur.count++;
      cur.to = p.x;
      cur.hi = p.index + 1;
    } else {
      cur = { key: `g${p.index}`, x: p.x, count: 1, from: p.x, to: p.x, lo: p.index, hi: p.index + 1 };
      out.push(cur);
    }
  }
  for (const g of out) g.x = (g.from + g.to) / 2;
  return out;
}
