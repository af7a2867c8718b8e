import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripGeometry, LABEL_CHAR_PX, type StripLabel } from '../../src/build/share-card/strip';
import { buildModel } from '../../src/data/timeline-model';
import { KINDS } from '../../src/data/types';
import { events } from './arbitraries';
import { makeEvent, onDay } from './make-event';

const model = (evs: Parameters<typeof buildModel>[0]['events']) => buildModel({ events: evs });
const width = fc.integer({ min: 200, max: 1400 });
const inset = fc.integer({ min: 0, max: 40 });

describe('stripGeometry', () => {
  it('stripGeometry puts a day at its noon over the data’s span', () => {
    // 1–10 January: the span is 1 January 00:00 to 11 January 00:00, ten days over 1000 px.
    const m = model([makeEvent('a', onDay('2022-01-01')), makeEvent('b', onDay('2022-01-10'))]);
    const s = stripGeometry(m.events, m.extent, 1000, { markedId: 'b' });
    expect(s.ticks.map((t) => t.x)).toEqual([50, 950]);
    expect(s.mark).toEqual({ x: 950, x0: 900, x1: 1000, kind: 'report' });
  });

  it('stripGeometry places every event between the insets, in date order, as a tick of its kind', () => {
    fc.assert(
      fc.property(events(80), width, inset, fc.array(fc.constantFrom(...KINDS), { minLength: 80, maxLength: 80 }), (evs, w, pad, kinds) => {
        const m = model(evs.map((e, i) => ({ ...e, kind: kinds[i] })));
        const s = stripGeometry(m.events, m.extent, w, { inset: pad });
        for (const t of s.ticks) expect(t.x).toBeGreaterThanOrEqual(pad - 1e-9), expect(t.x).toBeLessThanOrEqual(w - pad + 1e-9);
        for (let i = 1; i < s.ticks.length; i++) expect(s.ticks[i].x).toBeGreaterThanOrEqual(s.ticks[i - 1].x);
        // Each event is drawn: a tick of its kind less than a pixel from where its mark would be
        // (ticks of a kind are kept once per whole pixel).
        for (const e of m.events) {
          const mark = stripGeometry(m.events, m.extent, w, { inset: pad, markedId: e.event.id }).mark!;
          expect(s.ticks.some((t) => t.kind === e.event.kind && Math.abs(t.x - mark.x) < 1)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stripGeometry marks the event inside its own window, and later events further right', () => {
    fc.assert(
      fc.property(events(40), width, inset, (evs, w, pad) => {
        const m = model(evs);
        const marks = m.events.map((e) => stripGeometry(m.events, m.extent, w, { inset: pad, markedId: e.event.id }).mark!);
        marks.forEach((k, i) => {
          expect(k.kind).toBe(m.events[i].event.kind);
          expect(k.x0).toBeLessThanOrEqual(k.x + 1e-9);
          expect(k.x).toBeLessThanOrEqual(k.x1 + 1e-9);
          expect(k.x0).toBeGreaterThanOrEqual(pad - 1e-9);
          expect(k.x1).toBeLessThanOrEqual(w - pad + 1e-9);
          if (i > 0) expect(k.x).toBeGreaterThanOrEqual(marks[i - 1].x - 1e-9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('stripGeometry draws no mark when the event is not in the data, and nothing for no data', () => {
    const m = model([makeEvent('a', onDay('2022-01-01'))]);
    expect(stripGeometry(m.events, m.extent, 500, { markedId: 'nope' }).mark).toBeUndefined();
    const empty = model([]);
    expect(stripGeometry(empty.events, empty.extent, 500)).toEqual({ width: 500, ticks: [], years: [] });
  });

  it('stripGeometry draws ticks of the same kind on the same pixel once, so 20,000 events stay a bounded strip', () => {
    const days = Array.from({ length: 20_000 }, (_, i) => makeEvent(`e-${i}`, onDay(new Date(Date.UTC(2020, 0, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10)), { kind: KINDS[i % KINDS.length] }));
    const m = model(days);
    const s = stripGeometry(m.events, m.extent, 600);
    expect(s.ticks.length).toBeLessThanOrEqual(601 * KINDS.length);
    expect(new Set(s.ticks.map((t) => `${Math.round(t.x)}:${t.kind}`)).size).toBe(s.ticks.length);
  });

  it('stripGeometry names the first and last months, and the new years between them', () => {
    const m = model([makeEvent('a', onDay('2021-06-15')), makeEvent('b', onDay('2023-06-15'))]);
    const s = stripGeometry(m.events, m.extent, 1000);
    expect([s.start?.text, s.end?.text]).toEqual(['Jun 2021', 'Jun 2023']);
    expect(s.years.map((y) => y.text)).toEqual(['2022', '2023']);
    const [y2022] = s.years;
    // 1 January 2022 is 200 days into a span of 731 days (15 June 2021 00:00 to 16 June 2023 00:00).
    expect(y2022.x).toBeCloseTo((200 / 731) * 1000, 6);
  });

  it('stripGeometry names the first and last days of a span under two months', () => {
    const m = model([makeEvent('a', onDay('2022-10-01')), makeEvent('b', onDay('2022-10-31'))]);
    const s = stripGeometry(m.events, m.extent, 1000);
    expect([s.start?.text, s.end?.text]).toEqual(['1 October 2022', '31 October 2022']);
  });

  it('stripGeometry keeps year labels apart from each other and from the end labels', () => {
    const half = (l: StripLabel) => (l.text.length * LABEL_CHAR_PX) / 2;
    fc.assert(
      fc.property(events(20), width, (evs, w) => {
        const m = model(evs);
        const s = stripGeometry(m.events, m.extent, w);
        const startRight = s.start!.x + 2 * half(s.start!);
        const endLeft = s.end!.x - 2 * half(s.end!);
        s.years.forEach((y, i) => {
          expect(y.x - half(y)).toBeGreaterThan(startRight);
          expect(y.x + half(y)).toBeLessThan(endLeft);
          if (i > 0) expect(y.x - half(y)).toBeGreaterThan(s.years[i - 1].x + half(s.years[i - 1]));
        });
      }),
      { numRuns: 100 },
    );
  });
});
