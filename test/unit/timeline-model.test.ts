import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/timeline-model';
import { DAY_MS } from '../../src/time/calendar-day';
import { makeEvent, onDay } from './make-event';

describe('buildModel', () => {
  const events = [
    makeEvent('late', onDay('2022-12-01')),
    makeEvent('month', { precision: 'month', month: '2022-08' }),
    makeEvent('early', onDay('2022-07-01')),
    makeEvent('deadline', { precision: 'by', by: '2022-12-31', from: '2022-11-01' }),
  ];

  it('buildModel sorts events by the time each is drawn at', () => {
    const model = buildModel({ events });
    expect(model.events.map((e) => e.event.id)).toEqual(['early', 'month', 'late', 'deadline']);
    for (let i = 1; i < model.events.length; i++) expect(model.events[i].at).toBeGreaterThanOrEqual(model.events[i - 1].at);
  });

  it('buildModel numbers events by their rank in date order', () => {
    expect(buildModel({ events }).events.map((e) => e.index)).toEqual([0, 1, 2, 3]);
  });

  it('buildModel keeps file order for events drawn at the same time', () => {
    const same = ['c', 'a', 'b', 'd'].map((id) => makeEvent(id, onDay('2022-10-06')));
    const model = buildModel({ events: [makeEvent('after', onDay('2022-10-07')), ...same, makeEvent('before', onDay('2022-10-05'))] });
    expect(model.events.map((e) => e.event.id)).toEqual(['before', 'c', 'a', 'b', 'd', 'after']);
  });

  it('buildModel orders a day and a month by where they are drawn, not where they start', () => {
    // August 2022 is drawn mid-month, after 10 August.
    const model = buildModel({ events: [makeEvent('month', { precision: 'month', month: '2022-08' }), makeEvent('day', onDay('2022-08-10'))] });
    expect(model.events.map((e) => e.event.id)).toEqual(['day', 'month']);
  });

  it('buildModel indexes events by id, pointing at their place in date order', () => {
    const model = buildModel({ events });
    expect(model.byId.size).toBe(4);
    for (const e of model.events) expect(model.byId.get(e.event.id)).toBe(e);
    expect(model.byId.get('late')?.index).toBe(2);
    expect(model.byId.get('missing')).toBeUndefined();
  });

  it('buildModel gives the times of each event', () => {
    const e = buildModel({ events }).byId.get('early')!;
    expect([e.start, e.end, e.at, e.uncertain]).toEqual([Date.UTC(2022, 6, 1), Date.UTC(2022, 6, 2), Date.UTC(2022, 6, 1, 12), false]);
  });

  it('buildModel reach is the farthest any event reaches from the point it is drawn at', () => {
    // The deadline is drawn at noon on 31 December but stretches back to 1 November.
    expect(buildModel({ events }).reach).toBe(Date.UTC(2022, 11, 31, 12) - Date.UTC(2022, 10, 1));
  });

  it('buildModel reach of day events only is half a day', () => {
    expect(buildModel({ events: [makeEvent('a', onDay('2022-01-01')), makeEvent('b', onDay('2022-03-01'))] }).reach).toBe(DAY_MS / 2);
  });

  it('buildModel extent runs from the first start to the last end', () => {
    expect(buildModel({ events }).extent).toEqual([Date.UTC(2022, 6, 1), Date.UTC(2023, 0, 1)]);
  });

  it('buildModel does not mutate its input', () => {
    const data = { events: structuredClone(events) };
    const before = structuredClone(data);
    const order = data.events.slice();
    buildModel(data);
    expect(data).toEqual(before);
    data.events.forEach((e, i) => expect(e).toBe(order[i]));
  });

  it('buildModel works on deeply frozen input', () => {
    const freeze = <T>(v: T): T => {
      if (v && typeof v === 'object') {
        Object.values(v).forEach(freeze);
        Object.freeze(v);
      }
      return v;
    };
    const data = freeze({ events: structuredClone(events) });
    expect(buildModel(data).events).toHaveLength(4);
  });
});

describe('indexModel', () => {
  it('indexModel finds every event by id, with one index however often it is read', () => {
    const model = buildModel({ events: [makeEvent('b', onDay('2022-10-07')), makeEvent('a', onDay('2022-10-06')), makeEvent('c', onDay('2022-10-06'))] });
    expect(model.byId).toBe(model.byId);
    expect(model.byId.size).toBe(3);
    for (const e of model.events) expect(model.byId.get(e.event.id)).toBe(e);
    expect(model.byId.get('a')!.index).toBe(0);
  });
});
