import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { buildModel, type ChartEvent } from '../../src/data/timeline-model';
import { actorFrame, actorLanes, OTHERS } from '../../src/chart/actor-frame';
import { layoutLabels } from '../../src/chart/label-layout';
import { makeEvent, onDay } from './make-event';
import type { TimelineEvent } from '../../src/data/types';

const ev = (id: string, day: string, actors: string[]) => makeEvent(id, onDay(day), { actors });
const model = buildModel({
  events: [
    ev('a', '2022-01-10', ['Iran', 'Russia']),
    ev('b', '2022-03-01', ['Iran']),
    ev('c', '2022-05-01', ['Russia', 'Ukraine']),
    ev('d', '2022-07-01', ['G7']),
    ev('e', '2022-09-01', ['Iran']),
  ],
});
const actorsOf = (e: ChartEvent) => (e.event as TimelineEvent).actors;
const xs = scaleLinear().domain([Date.UTC(2021, 11, 1), Date.UTC(2022, 10, 1)]).range([0, 1000]);

describe('lanes by actor', () => {
  it('actorLanes ranks actors by their events, with "Others" only when some event has none of them', () => {
    expect(actorLanes(model.events, actorsOf, 8)).toEqual(['Iran', 'Russia', 'Ukraine', 'G7']);
    expect(actorLanes(model.events, actorsOf, 3)).toEqual(['Iran', 'Russia', OTHERS]);
    // Every event has Iran or Russia: two lanes need no "Others".
    expect(actorLanes(model.events.filter((e) => e.event.id !== 'd'), actorsOf, 2)).toEqual(['Iran', 'Russia']);
    expect(actorLanes(model.events, actorsOf, 8, ['Ukraine'])).toEqual(['Ukraine']);
  });

  it('actorFrame draws an event in each of its actors’ lanes, keyed apart, and the rest in "Others"', () => {
    const frame = actorFrame(model, xs, { width: 1000, markWidth: 22, groupWidth: 36, lanes: ['Iran', 'Russia', OTHERS], actorsOf, labelWidth: () => 80 });
    const where = (id: string) => frame.marks.filter((m) => m.item.event.id === id).map((m) => m.lane);
    expect(where('a')).toEqual([0, 1]);
    expect(where('c')).toEqual([1]);
    expect(where('d')).toEqual([2]);
    expect(new Set(frame.marks.map((m) => m.key)).size).toBe(frame.marks.length);
  });

  it('actorFrame keeps the lane names clear: nothing is placed under a name', () => {
    const frame = actorFrame(model, xs, { width: 1000, markWidth: 22, groupWidth: 36, lanes: ['Iran', 'Russia', OTHERS], actorsOf, labelWidth: () => 80, nameWidth: () => 200 });
    for (const m of frame.marks) expect(Math.min(m.x - 11, m.x0)).toBeGreaterThanOrEqual(206);
    // What is under the names is counted in chips instead.
    expect(frame.groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(0);
  });

  it('layoutLabels with `reserved` never places a mark or a label left of it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 30 }), fc.integer({ min: 1, max: 300 }), (raw, reserved) => {
        const candidates = raw.sort((a, b) => a - b).map((x, index) => ({ index, x, x0: x, x1: x, labelWidth: 90, weight: 1 }));
        const { boxes } = layoutLabels({ candidates, lanes: 3, markWidth: 22, width: 800, reserved });
        for (const b of boxes) {
          expect(b.x - 11).toBeGreaterThanOrEqual(reserved);
          if (b.labelLeft) expect(b.x - 11 - 4 - b.labelRoom).toBeGreaterThanOrEqual(reserved - 1e-9);
        }
      }),
    );
  });
});
