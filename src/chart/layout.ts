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
  /** The label is drawn inside the event's span, from where the span (or its mark) enters the plot. */
  labelInside?: boolean;
  /** The key of the drawing join, when an event is drawn more than once (lanes by actor); else its id. */
  key?: string;
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
