import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipWidth, computeFrame, denseLimit, denseSample, eventWeight, PACKED_VIEW, type Frame, type FrameOptions } from '../../src/chart/frame';
import { buildModel, type TimelineModel } from '../../src/data/timeline-model';
import { DAY_MS, formatDayIso } from '../../src/time/calendar-day';
import { makeEvent, onDay } from './make-event';

const WIDTH = 800;
const options: FrameOptions = { width: WIDTH, lanes: 3, markWidth: 16, groupWidth: 30 };
const scale = (from: number, to: number) => scaleLinear().domain([from, to]).range([0, WIDTH]);
const drawnCount = (f: Frame) => f.marks.length + f.groups.reduce((n, g) => n + g.count, 0);

/** One event every `stepDays` days from `first`, `count` of them. */
function everyFewDays(first: number, stepDays: number, count: number) {
  return Array.from({ length: count }, (_, i) => makeEvent(`e${i}`, onDay(formatDayIso(first + i * stepDays * DAY_MS))));
}

/** `count` events on the same day, so they cannot all have a lane. */
function crowd(count: number): TimelineModel {
  return buildModel({ events: Array.from({ length: count }, (_, i) => makeEvent(`same-${i}`, onDay('2022-10-06'))) });
}
const aroundCrowd = scale(Date.UTC(2022, 9, 1), Date.UTC(2022, 9, 11));

describe('computeFrame', () => {
  it('computeFrame draws only the events that touch the visible window', () => {
    const model = buildModel({ events: everyFewDays(Date.UTC(2022, 0, 1), 10, 37) });
    const [d0, d1] = [Date.UTC(2022, 2, 1), Date.UTC(2022, 4, 1)];
    const frame = computeFrame(model, scale(d0, d1), options);
    const visible = model.events.filter((e) => e.end >= d0 && e.start <= d1);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(model.events.length);
    expect(frame.groups).toEqual([]);
    expect(frame.marks.map((m) => m.item.event.id).sort()).toEqual(visible.map((e) => e.event.id).sort());
  });

  it('computeFrame draws a span drawn outside the window when its span reaches into it', () => {
    const model = buildModel({
      events: [
        makeEvent('long-deadline', { precision: 'by', by: '2022-06-30', from: '2022-01-01' }),
        makeEvent('outside', onDay('2022-07-15')),
      ],
    });
    const frame = computeFrame(model, scale(Date.UTC(2022, 2, 1), Date.UTC(2022, 4, 1)), options);
    expect(frame.marks.map((m) => m.item.event.id)).toEqual(['long-deadline']);
  });

  it('computeFrame places each mark at its scaled time, with day events drawn as points', () => {
    const model = buildModel({ events: [makeEvent('day', onDay('2022-10-04')), makeEvent('month', { precision: 'month', month: '2022-10' })] });
    const xs = scale(Date.UTC(2022, 8, 20), Date.UTC(2022, 10, 10));
    const frame = computeFrame(model, xs, options);
    const day = frame.marks.find((m) => m.item.event.id === 'day')!;
    const month = frame.marks.find((m) => m.item.event.id === 'month')!;
    expect(day.x).toBeCloseTo(xs(Date.UTC(2022, 9, 4, 12)), 9);
    expect([day.x0, day.x1]).toEqual([day.x, day.x]);
    expect(month.x0).toBeCloseTo(xs(Date.UTC(2022, 9, 1)), 9);
    expect(month.x1).toBeCloseTo(xs(Date.UTC(2022, 10, 1)), 9);
    expect(month.lane).not.toBe(day.lane);
  });

  it('computeFrame groups the events that find no lane, counting each once', () => {
    const model = crowd(20);
    const frame = computeFrame(model, aroundCrowd, options);
    expect(frame.marks).toHaveLength(3);
    expect(frame.marks.every((m) => m.lane < options.lanes)).toBe(true);
    expect(frame.groups).toHaveLength(1);
    expect(frame.groups[0].count).toBe(17);
    expect(drawnCount(frame)).toBe(20);
  });

  it('computeFrame with keepId gives that event a lane before any other, never a place inside a group', () => {
    const model = crowd(20);
    const keepId = 'same-10';
    expect(computeFrame(model, aroundCrowd, options).marks.some((m) => m.item.event.id === keepId)).toBe(false);

    const frame = computeFrame(model, aroundCrowd, { ...options, keepId });
    const kept = frame.marks.filter((m) => m.item.event.id === keepId);
    expect(kept).toHaveLength(1);
    expect(kept[0].lane).toBeLessThan(options.lanes);
    expect(kept[0].item).toBe(model.byId.get(keepId));
    expect(frame.marks).toHaveLength(options.lanes);
    expect(drawnCount(frame)).toBe(20);
  });

  it('computeFrame with keepId of an event that already has a lane keeps the same events drawn', () => {
    const model = crowd(20);
    const plain = computeFrame(model, aroundCrowd, options);
    const kept = computeFrame(model, aroundCrowd, { ...options, keepId: plain.marks[1].item.event.id });
    expect(kept.marks.map((m) => m.index).sort()).toEqual(plain.marks.map((m) => m.index).sort());
    expect(kept.groups).toEqual(plain.groups);
  });

  it('computeFrame with keepId of an event out of view or unknown changes nothing', () => {
    const model = buildModel({ events: [...crowd(20).events.map((e) => e.event), makeEvent('far', onDay('2023-05-01'))] });
    const plain = computeFrame(model, aroundCrowd, options);
    expect(computeFrame(model, aroundCrowd, { ...options, keepId: 'far' })).toEqual(plain);
    expect(computeFrame(model, aroundCrowd, { ...options, keepId: 'no-such-id' })).toEqual(plain);
    expect(computeFrame(model, aroundCrowd, { ...options, keepId: null })).toEqual(plain);
  });

  it('computeFrame keeps the number of marks and groups bounded by the width for 100,000 events', () => {
    const first = Date.UTC(2000, 0, 1);
    const events = Array.from({ length: 100_000 }, (_, i) => makeEvent(`e${i}`, onDay(formatDayIso(first + ((i * 37) % 3650) * DAY_MS))));
    const model = buildModel({ events });
    const opts: FrameOptions = { width: 1000, lanes: 5, markWidth: 16, groupWidth: 30 };

    const all = computeFrame(model, scaleLinear().domain(model.extent).range([0, 1000]), opts);
    expect(all.marks.length + all.groups.length).toBeLessThan(1000);
    expect(drawnCount(all)).toBe(100_000);

    const zoomed = computeFrame(model, scaleLinear().domain([Date.UTC(2004, 0, 1), Date.UTC(2004, 6, 1)]).range([0, 1000]), opts);
    expect(zoomed.marks.length + zoomed.groups.length).toBeLessThan(1000);
    expect(zoomed.groups.length).toBeGreaterThan(0);
  });

  it('computeFrame counts a crowded view per pixel bin, each bin once, keeping the selected event as a mark', () => {
    const model = crowd(denseLimit(options) + 50);
    const spread = buildModel({ events: [...model.events.map((e) => e.event), ...everyFewDays(Date.UTC(2022, 9, 2), 1, 5)] });
    const frame = computeFrame(spread, aroundCrowd, { ...options, keepId: 'same-7' });
    expect(frame.marks.map((m) => m.item.event.id)).toContain('same-7');
    // A readable selection is drawn as marks; the groups count the rest, each event once.
    expect(frame.marks.length).toBeGreaterThan(1);
    expect(drawnCount(frame)).toBe(spread.events.filter((e) => e.at >= Date.UTC(2022, 9, 1) && e.at < Date.UTC(2022, 9, 11)).length);
    // One group per bin at most, with keys that stay the same while the view moves.
    expect(new Set(frame.groups.map((g) => g.key)).size).toBe(frame.groups.length);
    for (const g of frame.groups) expect(g.key).toMatch(/^b\d+$/);
    // Chips never overlap.
    for (let i = 1; i < frame.groups.length; i++) expect(frame.groups[i].x - chipWidth(frame.groups[i].count) / 2).toBeGreaterThanOrEqual(frame.groups[i - 1].x + chipWidth(frame.groups[i - 1].count) / 2);
    expect(frame.groups.length).toBeLessThanOrEqual(Math.ceil(WIDTH / options.groupWidth));
  });
});

describe('crowded views', () => {
  it('a view with more events than lanes can label shows a labelled selection, never a crowd of unlabelled marks', () => {
    // 600 events over 60 days at 1,088 px: twice as many as the lanes could hold as bare marks.
    const model = buildModel({ events: Array.from({ length: 600 }, (_, i) => makeEvent(`e${i}`, onDay(formatDayIso(Date.UTC(2022, 0, 1) + (i % 60) * DAY_MS)), { title: `Event number ${i} of the crowd` })) });
    const width = 1088;
    const xs = scaleLinear().domain([Date.UTC(2022, 0, 1), Date.UTC(2022, 2, 2)]).range([0, width]);
    const frame = computeFrame(model, xs, { width, ...PACKED_VIEW, labelWidth: (e) => 6 * e.event.title.length });
    const labelled = frame.marks.filter((m) => m.labelRoom > 0);
    expect(labelled.length, `${labelled.length} of ${frame.marks.length} marks labelled`).toBeGreaterThanOrEqual(30);
    expect(labelled.length / frame.marks.length).toBeGreaterThanOrEqual(0.5);
    expect(drawnCount(frame), 'every event drawn or counted').toBe(600);
  });
});

describe('chips', () => {
  it('chips lie whole inside the plot and never overlap, for any events and any view', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean()), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: -5, max: 58 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 320, max: 1400 }),
        (days, from, span, width) => {
          const first = Date.UTC(2022, 0, 1);
          // Some dated only to a month: their span reaches into a view their centre is outside of.
          const date = (d: number, month: boolean) => (month ? { precision: 'month' as const, month: formatDayIso(first + d * DAY_MS).slice(0, 7) } : onDay(formatDayIso(first + d * DAY_MS)));
          const model = buildModel({ events: days.map(([d, month], i) => makeEvent(`e${i}`, date(d, month))) });
          const xs = scaleLinear().domain([first + from * DAY_MS, first + (from + span) * DAY_MS]).range([0, width]);
          const frame = computeFrame(model, xs, { width, lanes: 3, markWidth: 16, groupWidth: 30 });
          for (const g of frame.groups) {
            expect(g.x - chipWidth(g.count) / 2).toBeGreaterThanOrEqual(0);
            expect(g.x + chipWidth(g.count) / 2).toBeLessThanOrEqual(width);
          }
          for (let i = 1; i < frame.groups.length; i++)
            expect(frame.groups[i].x - chipWidth(frame.groups[i].count) / 2).toBeGreaterThanOrEqual(frame.groups[i - 1].x + chipWidth(frame.groups[i - 1].count) / 2);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('eventWeight', () => {
  it('eventWeight ranks by kind, and an event’s own importance wins', () => {
    const model = buildModel({
      events: [
        makeEvent('agreement', onDay('2022-10-06'), { kind: 'agreement' }),
        makeEvent('denial', onDay('2022-10-06'), { kind: 'denial' }),
        makeEvent('key-denial', onDay('2022-10-06'), { kind: 'denial', importance: 5 }),
      ],
    });
    const w = (id: string) => eventWeight(model.byId.get(id)!);
    expect(w('agreement')).toBeGreaterThan(w('denial'));
    expect(w('key-denial')).toBeGreaterThan(w('agreement'));
  });
});

describe('computeFrame spans', () => {
  it('computeFrame cuts a span a little past the plot’s edges, however far in the view is zoomed', () => {
    const model = buildModel({ events: [makeEvent('october', { precision: 'month', month: '2022-10' }), makeEvent('day', onDay('2022-10-15'))] });
    // Two days of a month-long span across an 800 px plot: the whole span would be about 12,000 px.
    const frame = computeFrame(model, scale(Date.UTC(2022, 9, 14), Date.UTC(2022, 9, 16)), options);
    const span = frame.marks.find((m) => m.item.event.id === 'october')!;
    expect(span.x0).toBeGreaterThanOrEqual(-40);
    expect(span.x1).toBeLessThanOrEqual(WIDTH + 40);
    expect(span.x1 - span.x0).toBeLessThanOrEqual(WIDTH + 80);
  });
});

describe('denseSample', () => {
  // 4,000 events over about two years, one to eleven a day.
  const events = [];
  for (let d = 0, n = 0; n < 4000; d++) for (let k = 0; k < 1 + ((d * 7) % 11) && n < 4000; k++, n++) events.push(makeEvent(`d${n}`, onDay(formatDayIso(Date.UTC(2022, 0, 1) + d * DAY_MS))));
  const model = buildModel({ events });
  const [first, last] = model.extent;
  const opts = { width: 1000, lanes: 8, groupWidth: 36 };
  const ids = (sample: readonly { event: { id: string }; at: number }[], from: number, to: number) => sample.filter((e) => e.at >= from && e.at <= to).map((e) => e.event.id);

  it('denseSample picks the same events while the view pans or zooms a little, so their marks are reused', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        fc.double({ min: 1, max: 1.3, noNaN: true }),
        (days, where, pan, zoom) => {
          const w = days * DAY_MS;
          const d0 = first + where * (last - first - w);
          const a = scaleLinear().domain([d0, d0 + w]).range([0, 1000]);
          const c = d0 + w / 2 + pan * w;
          const b = scaleLinear().domain([c - w / zoom / 2, c + w / zoom / 2]).range([0, 1000]);
          // Within one power of two of time per stretch (a zoom past it picks anew).
          const band = (x: typeof a) => Math.ceil(Math.log2((80 * (x.domain()[1] - x.domain()[0])) / 1000));
          fc.pre(band(a) === band(b));
          // Far enough inside both views that no stretch there is cut by an edge (a stretch is at most 160 px).
          const [from, to] = [Math.max(a.domain()[0], b.domain()[0]) + 0.25 * w, Math.min(a.domain()[1], b.domain()[1]) - 0.25 * w];
          fc.pre(to > from);
          const sa = ids(denseSample(model, a, opts), from, to);
          fc.pre(sa.length > 0);
          expect(ids(denseSample(model, b, opts), from, to)).toEqual(sa);
        },
      ),
    );
  });

  it('denseSample keeps what it picked when the view zooms in past a factor of two (zooming in only adds marks)', () => {
    fc.assert(
      fc.property(fc.double({ min: 20, max: 600, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 2, max: 16, noNaN: true }), (days, where, zoom) => {
        const w = days * DAY_MS;
        const d0 = first + where * (last - first - w);
        const wide = scaleLinear().domain([d0, d0 + w]).range([0, 1000]);
        const c = d0 + w / 2;
        const near = scaleLinear().domain([c - w / zoom / 2, c + w / zoom / 2]).range([0, 1000]);
        const [from, to] = near.domain();
        const inner = new Set(ids(denseSample(model, near, opts), from, to));
        for (const id of ids(denseSample(model, wide, opts), from, to)) expect(inner).toContain(id);
      }),
    );
  });

  it('denseSample prefers the events that matter most in a stretch', () => {
    const mixed = buildModel({
      events: Array.from({ length: 400 }, (_, i) => makeEvent(`m${i}`, onDay(formatDayIso(Date.UTC(2022, 0, 1) + Math.floor(i / 40) * DAY_MS)), { kind: i % 50 === 7 ? 'agreement' : 'denial' })),
    });
    const xs = scaleLinear().domain(mixed.extent).range([0, 100]);
    const picked = denseSample(mixed, xs, { width: 100, lanes: 8, groupWidth: 36 }).map((e) => e.event.kind);
    expect(picked.filter((k) => k === 'agreement').length).toBe(8);
  });

  it('denseSample takes at most a lane’s worth from each stretch of 80 to 160 px, in date order', () => {
    const xs = scaleLinear().domain([first, last]).range([0, 1000]);
    const sample = denseSample(model, xs, opts);
    expect(sample.length).toBeGreaterThanOrEqual(8 * Math.floor(1000 / 160));
    expect(sample.length).toBeLessThanOrEqual(8 * (Math.ceil(1000 / 80) + 1));
    for (let i = 1; i < sample.length; i++) expect(sample[i].index).toBeGreaterThan(sample[i - 1].index);
  });
});
