import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/timeline-model';
import { eventFacets } from '../../src/view/event-facets';
import { actorLanes } from '../../src/view/actor-lanes';
import { selectEvents } from '../../src/view/select-events';
import { makeEvent } from './make-event';
import { eventDate } from './arbitraries';

const ACTORS = ['Iran', 'Russia', 'Ukraine', '__proto__'];
const anyEvents = fc
  .array(fc.tuple(eventDate, fc.subarray(ACTORS, { minLength: 1 })), { minLength: 1, maxLength: 40 })
  .map((rows) => rows.map(([date, actors], i) => makeEvent(`e-${i}`, date, { actors })));

describe('actorLanes', () => {
  it('actorLanes puts each shown event in the lane of each of its actors, in date order, busiest lane first', () => {
    fc.assert(
      fc.property(anyEvents, fc.subarray(ACTORS), (list, only) => {
        const model = buildModel({ events: list });
        const facets = eventFacets(model.events.map((e) => e.event));
        const lanes = actorLanes(model.events, facets, only);
        const wanted = only.length ? only : ACTORS;
        for (const actor of wanted) {
          const events = model.events.filter((e) => e.event.actors.includes(actor));
          const lane = lanes.find((l) => l.actor === actor);
          expect(lane?.events ?? []).toEqual(events);
        }
        expect(lanes.every((l) => wanted.includes(l.actor) && l.events.length > 0)).toBe(true);
        for (let i = 1; i < lanes.length; i++) expect(lanes[i - 1].events.length).toBeGreaterThanOrEqual(lanes[i].events.length);
      }),
      { numRuns: 150 },
    );
  });

  it('actorLanes draws only the shown events', () => {
    const list = [
      makeEvent('a', { precision: 'day', day: '2022-10-01' }, { kind: 'strike', actors: ['Iran', 'Russia'] }),
      makeEvent('b', { precision: 'day', day: '2022-10-02' }, { kind: 'denial', actors: ['Iran'] }),
    ];
    const model = buildModel({ events: list });
    const facets = eventFacets(model.events.map((e) => e.event));
    const { shown } = selectEvents(model, facets, { kinds: ['strike'] });
    expect(actorLanes(shown, facets).map((l) => [l.actor, l.events.map((e) => e.event.id)])).toEqual([
      ['Iran', ['a']],
      ['Russia', ['a']],
    ]);
  });
});
