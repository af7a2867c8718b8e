import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, layoutLabels, type LabelCandidate } from '../../src/chart/label-layout';
import type { MarkBox } from '../../src/chart/layout';

const MARK = 22;
const GAP = 4;
const at = (index: number, x: number, labelWidth = 100, weight = 1): LabelCandidate => ({ index, x, x0: x, x1: x, labelWidth, weight });

/** What a placed box covers in its lane: its mark and, when it has one, its label (before or after it). */
function extent(b: MarkBox): [number, number] {
  const left = Math.min(b.x0, b.x - MARK / 2);
  const right = Math.max(b.x1, b.x + MARK / 2);
  if (!b.labelRoom || b.labelInside) return [left, right];
  return b.labelLeft ? [left - GAP - b.labelRoom, right] : [left, right + GAP + b.labelRoom];
}

function overlaps(boxes: MarkBox[]): string[] {
  const out: string[] = [];
  for (const a of boxes)
    for (const b of boxes) {
      if (a.index >= b.index || a.lane !== b.lane) continue;
      const [l1, r1] = extent(a);
      const [l2, r2] = extent(b);
      if (l1 < r2 - 0.001 && l2 < r1 - 0.001) out.push(`${a.index}/${b.index} in lane ${a.lane}`);
    }
  return out;
}

describe('layoutLabels', () => {
  it('layoutLabels moves a mark to a free lane before cutting its label', () => {
    // Two close events: the second's mark would fit in lane 0, but the first one's label is there.
    const { boxes, overflow } = layoutLabels({ candidates: [at(0, 10), at(1, 60)], lanes: 3, markWidth: MARK, width: 600 });
    expect(overflow).toEqual([]);
    expect(boxes.map((b) => [b.index, b.lane, b.labelRoom])).toEqual([
      [0, 0, 100],
      [1, 1, 100],
    ]);
  });

  it('layoutLabels shortens a label only when no lane can hold it whole', () => {
    // One lane: the more important event (placed first) keeps its whole label; the earlier one
    // gets the room up to it.
    const { boxes } = layoutLabels({ candidates: [at(0, 60, 100, 1), at(1, 150, 100, 3)], lanes: 1, markWidth: MARK, width: 600 });
    expect(boxes.map((b) => [b.index, b.lane, b.labelRoom])).toEqual([
      [0, 0, 150 - MARK / 2 - (60 + MARK / 2 + GAP) - GAP],
      [1, 0, 100],
    ]);
    // With a second lane, nothing is cut.
    const two = layoutLabels({ candidates: [at(0, 60, 100, 1), at(1, 150, 100, 3)], lanes: 2, markWidth: MARK, width: 600 });
    expect(two.boxes.every((b) => b.labelRoom === 100)).toBe(true);
  });

  it('layoutLabels puts a label before its mark near the right edge rather than cut it', () => {
    const { boxes } = layoutLabels({ candidates: [at(0, 580)], lanes: 1, markWidth: MARK, width: 600 });
    expect(boxes[0]).toMatchObject({ labelRoom: 100, labelLeft: true });
  });

  it('layoutLabels draws the label of a span that runs past both edges inside the part in view', () => {
    // A year-long event zoomed in on: its mark and both ends are off the plot.
    const { boxes } = layoutLabels({ candidates: [{ index: 0, x: -900, x0: -40, x1: 640, labelWidth: 150, weight: 1 }], lanes: 2, markWidth: MARK, width: 600 });
    expect(boxes).toEqual([{ index: 0, x: -900, x0: -40, x1: 640, lane: 0, labelRoom: 150, labelInside: true }]);
  });

  it('layoutLabels puts a label inside a wide span only when it does not fit whole outside', () => {
    const wide = { index: 0, x: 300, x0: 100, x1: 500, labelWidth: 150, weight: 1 };
    expect(layoutLabels({ candidates: [wide], lanes: 1, markWidth: MARK, width: 900 }).boxes[0].labelInside).toBeUndefined();
    const inside = layoutLabels({ candidates: [wide], lanes: 1, markWidth: MARK, width: 600 }).boxes[0];
    // After the mark, inside the span: from 300 + 11 + 4 to 500 - 4.
    expect([inside.labelInside, inside.labelRoom]).toEqual([true, 150]);
    const cut = layoutLabels({ candidates: [{ ...wide, x0: 10, x1: 400 }], lanes: 1, markWidth: MARK, width: 420 }).boxes[0];
    expect([cut.labelInside, cut.labelRoom]).toEqual([true, 400 - 4 - (300 + 11 + 4)]);
  });

  it('layoutLabels groups the least important first', () => {
    // One lane, three events on top of each other: the agreement-weight one keeps the lane.
    const { boxes, overflow } = layoutLabels({ candidates: [at(0, 50, 100, 1), at(1, 52, 100, 3), at(2, 54, 100, 2)], lanes: 1, markWidth: MARK, width: 600 });
    expect(boxes.map((b) => b.index)).toEqual([1]);
    expect(overflow).toEqual([0, 2]);
  });

  it('layoutLabels with requireLabel sends a mark that gets no label to the overflow, but never the kept one', () => {
    const loose = layoutLabels({ candidates: [at(0, 60, 100, 1), at(1, 90, 100, 3)], lanes: 1, markWidth: MARK, width: 120 });
    expect(loose.boxes.some((b) => b.labelRoom === 0), 'without requireLabel a mark may stand alone').toBe(true);
    const strict = layoutLabels({ candidates: [at(0, 60, 100, 1), at(1, 90, 100, 3)], lanes: 1, markWidth: MARK, width: 120, requireLabel: true });
    for (const b of strict.boxes) expect(b.labelRoom).toBeGreaterThan(0);
    expect(strict.boxes.length + strict.overflow.length).toBe(2);
    expect(strict.overflow.length).toBeGreaterThan(0);
    const kept = layoutLabels({ candidates: [at(0, 20, 100, Infinity)], lanes: 1, markWidth: MARK, width: 40, requireLabel: true });
    expect(kept.boxes.map((b) => [b.index, b.labelRoom])).toEqual([[0, 0]]);
  });

  it('layoutLabels keeps an event in last frame’s lane when it still fits there', () => {
    const candidates = [at(0, 10), at(1, 300)];
    const first = layoutLabels({ candidates, lanes: 3, markWidth: MARK, width: 600 });
    expect(first.boxes.map((b) => b.lane)).toEqual([0, 0]);
    const previous = new Map([
      [0, 0],
      [1, 2],
    ]);
    const next = layoutLabels({ candidates: candidates.map((c) => ({ ...c, x: c.x - 5, x0: c.x0 - 5, x1: c.x1 - 5 })), lanes: 3, markWidth: MARK, width: 600, previous });
    expect(next.boxes.map((b) => b.lane)).toEqual([0, 2]);
  });

  it('layoutLabels never overlaps marks or labels, and never cuts a label while a lane could hold it whole', () => {
    const candidate = fc.record({ x: fc.integer({ min: 0, max: 800 }), span: fc.integer({ min: 0, max: 120 }), labelWidth: fc.integer({ min: 0, max: 260 }), weight: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (raw, lanes) => {
        const candidates = raw
          .sort((a, b) => a.x - b.x)
          .map((c, index) => ({ index, x: c.x, x0: c.x - c.span / 2, x1: c.x + c.span / 2, labelWidth: c.labelWidth, weight: c.weight }));
        const { boxes, overflow } = layoutLabels({ candidates, lanes, markWidth: MARK, width: 800, gap: GAP });
        expect(overlaps(boxes)).toEqual([]);
        expect(boxes.length + overflow.length).toBe(candidates.length);
        for (const b of boxes) expect(b.lane).toBeLessThan(lanes);
        // A label inside a span stays inside the span's part in view.
        for (const b of boxes.filter((b) => b.labelInside)) expect(Math.max(b.x + MARK / 2, b.x0, 0) + GAP + b.labelRoom).toBeLessThanOrEqual(Math.min(b.x1, 800) - GAP + 1e-9);
      }),
    );
  });

  it('layoutLabels is stable under a small pan: with last frame’s lanes, nobody changes lane', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 700 }), { maxLength: 25 }), fc.integer({ min: -6, max: 6 }), (xs, dx) => {
        const candidates = xs.sort((a, b) => a - b).map((x, index) => at(index, x, 60 + (index % 4) * 30, 1 + (index % 3)));
        const first = layoutLabels({ candidates, lanes: 5, markWidth: MARK, width: 900 });
        const previous = new Map(first.boxes.map((b) => [b.index, b.lane]));
        const moved = layoutLabels({ candidates: candidates.map((c) => ({ ...c, x: c.x + dx, x0: c.x0 + dx, x1: c.x1 + dx })), lanes: 5, markWidth: MARK, width: 900, previous });
        const lanesAfter = new Map(moved.boxes.map((b) => [b.index, b.lane]));
        for (const [i, lane] of previous) if (lanesAfter.has(i)) expect(lanesAfter.get(i)).toBe(lane);
      }),
    );
  });
});

describe('fitText', () => {
  const width = (s: string) => s.length * 6;
  it('fitText leaves a label that fits alone', () => {
    expect(fitText('Kyiv strike', 200, width)).toBe('Kyiv strike');
  });
  it('fitText cuts at the longest start that fits, with an ellipsis', () => {
    const out = fitText('Iran and Russia agree in Moscow', 100, width);
    expect(out.endsWith('…')).toBe(true);
    expect(width(out)).toBeLessThanOrEqual(100);
    expect(width(fitText('Iran and Russia agree in Moscow', 110, width))).toBeGreaterThanOrEqual(width(out));
  });
  it('fitText gives nothing rather than a stub of a few letters', () => {
    expect(fitText('Iran and Russia agree', 20, width)).toBe('');
  });
});
