import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../../src/data/timeline-model';
import { subsetModel } from '../../src/data/subset-model';
import { makeEvent, onDay } from './make-event';
import { KINDS } from '../../src/data/types';

const model = buildModel({
  events: Array.from({ length: 30 }, (_, i) =>
    makeEvent(`e-${i}`, onDay(`2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`), { kind: KINDS[i % KINDS.length] }),
  ),
});

describe('subsetModel', () => {
  it('subsetModel keeps the events asked for, in date order, indexed from 0, with the whole span and reach', () => {
    const strikes = subsetModel(model, (e) => e.event.kind === 'strike');
    expect(strikes.events.map((e) => e.event.id)).toEqual(model.events.filter((e) => e.event.kind === 'strike').map((e) => e.event.id));
    expect(strikes.events.map((e) => e.index)).toEqual(strikes.events.map((_, i) => i));
    expect(strikes.extent).toEqual(model.extent);
    expect(strikes.reach).toBe(model.reach);
    for (const e of strikes.events) expect(strikes.byId.get(e.event.id)).toBe(e);
    // The whole model's events are left as they were.
    expect(model.events.map((e) => e.index)).toEqual(model.events.map((_, i) => i));
  });

  it('subsetModel returns the model itself when everything is kept, and an empty model when nothing is', () => {
    expect(subsetModel(model, () => true)).toBe(model);
    const none = subsetModel(model, () => false);
    expect(none.events).toEqual([]);
    expect(none.byId.size).toBe(0);
    expect(none.extent).toEqual(model.extent);
  });

  it('subsetModel, for any choice of events, is exactly that choice in date order', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (mask) => {
        const sub = subsetModel(model, (e) => mask[e.index]);
        expect(sub.events.map((e) => e.event.id)).toEqual(model.events.filter((e) => mask[e.index]).map((e) => e.event.id));
        for (let i = 1; i < sub.events.length; i++) expect(sub.events[i].at).toBeGreaterThanOrEqual(sub.events[i - 1].at);
      }),
    );
  });
});
