import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/timeline-model';
import { KINDS, type TimelineEvent } from '../../src/data/types';
import { eventFacets } from '../../src/view/event-facets';
import { packFacets, unpackFacets } from '../../src/view/packed-facets';
import { facetLists } from '../../src/view/facets';
import { checkFilter } from '../../src/view/check-filter';
import { makeEvent, onDay } from './make-event';
import { events } from './arbitraries';

const source = (outlet: string) => ({ outlet, headline: 'H', published: '2022-10-07', article: 'a.txt' });
const data: TimelineEvent[] = [
  makeEvent('a', onDay('2022-10-03'), { kind: 'strike', actors: ['Russia', 'Iran'], sources: [source('CNN'), source('CNN'), source('AP')] }),
  makeEvent('b', onDay('2022-10-01'), { kind: 'denial', actors: ['Iran'], sources: [source('AP')] }),
  makeEvent('c', onDay('2022-10-02'), { kind: 'denial', actors: ['Ukraine', 'Iran', 'Iran'], sources: [source('Reuters')] }),
];
const model = buildModel({ events: data });
const facets = eventFacets(model.events.map((e) => e.event));

describe('eventFacets', () => {
  it('eventFacets codes each event in date order, each name once, codes ascending', () => {
    // Date order: b, c, a.
    expect(facets.actors).toEqual(['Iran', 'Ukraine', 'Russia']);
    expect([...facets.actorStart]).toEqual([0, 1, 3, 5]);
    expect([...facets.actorCodes]).toEqual([0, 0, 1, 0, 2]);
    expect(facets.outlets).toEqual(['AP', 'Reuters', 'CNN']);
    expect([...facets.outletStart]).toEqual([0, 1, 2, 4]);
    expect([...facets.outletCodes]).toEqual([0, 1, 0, 2]);
  });
});

describe('packFacets and unpackFacets', () => {
  const lists = (names: number) => fc.array(fc.uniqueArray(fc.nat(names - 1), { maxLength: 5 }), { maxLength: 50 });
  it('unpackFacets(packFacets(f)) gives back f, for lists of 1 to 5,000 names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.constant(n), lists(n), lists(n))),
        ([n, actorLists, outletLists]) => {
          const names = Array.from({ length: n }, (_, i) => `n${i}`);
          const evs = actorLists.map((a, i) => ({ actors: a.map((c) => names[c]), sources: (outletLists[i] ?? []).map((c) => ({ outlet: names[c] })) }));
          const f = eventFacets(evs as unknown as Parameters<typeof eventFacets>[0]);
          // The lists in use may be shorter than n; pad them so codes need the width of n names.
          f.actors.push(...names.filter((x) => !f.actors.includes(x)));
          f.outlets.push(...names.filter((x) => !f.outlets.includes(x)));
          const packed = packFacets(f);
          expect(unpackFacets(JSON.parse(JSON.stringify(packed)), evs.length)).toEqual(f);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('packFacets writes one base64 digit a code while there are at most 64 names', () => {
    expect(packFacets(facets)).toEqual({ actors: facets.actors, outlets: facets.outlets, eventActors: 'A,AB,AC', eventOutlets: 'A,B,AC' });
  });

  it('unpackFacets refuses a malformed index with a plain sentence', () => {
    const p = packFacets(facets);
    expect(() => unpackFacets(p, 4)).toThrow(/codes are for 3 events, not 4/);
    expect(() => unpackFacets(p, 2)).toThrow(/do not fit its 2 events/);
    expect(() => unpackFacets({ ...p, eventActors: 'A,A!,A' }, 3)).toThrow(/“!” at 3, not a base64 digit/);
    expect(() => unpackFacets({ ...p, eventActors: 'A,AZ,A' }, 3)).toThrow(/code 25 at 3 is past its 3 names/);
    expect(() => unpackFacets({ ...p, eventActors: '', eventOutlets: '' }, 0)).not.toThrow();
    expect(() => unpackFacets({ ...p, eventActors: 'A' }, 0)).toThrow(/events it does not have/);
  });
});

describe('facetLists', () => {
  it('facetLists counts events per kind (every kind, legend order), actor and outlet (most first)', () => {
    const lists = facetLists(model, facets);
    expect(lists.kinds.map((k) => k.value)).toEqual([...KINDS]);
    expect(lists.kinds.find((k) => k.value === 'denial')?.count).toBe(2);
    expect(lists.kinds.find((k) => k.value === 'report')?.count).toBe(0);
    expect(lists.actors).toEqual([
      { value: 'Iran', count: 3 },
      { value: 'Russia', count: 1 },
      { value: 'Ukraine', count: 1 },
    ]);
    // An event with two sources from CNN counts once for CNN.
    expect(lists.outlets).toEqual([
      { value: 'AP', count: 2 },
      { value: 'CNN', count: 1 },
      { value: 'Reuters', count: 1 },
    ]);
  });

  it('facetLists agrees with a plain count, for any data', () => {
    const named = events(30).chain((list) =>
      fc.tuple(fc.constant(list), fc.array(fc.subarray(['Iran', 'Russia', 'G7', 'UN'], { minLength: 1 }), { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(named, ([list, actors]) => {
        const evs = list.map((e, i) => ({ ...e, actors: actors[i] }));
        const m = buildModel({ events: evs });
        const lists = facetLists(m, eventFacets(m.events.map((e) => e.event)));
        for (const { value, count } of lists.actors) expect(count).toBe(evs.filter((e) => e.actors.includes(value)).length);
        expect(lists.kinds.reduce((s, k) => s + k.count, 0)).toBe(evs.length);
        for (let i = 1; i < lists.actors.length; i++) expect(lists.actors[i - 1].count).toBeGreaterThanOrEqual(lists.actors[i].count);
      }),
      { numRuns: 100 },
    );
  });
});

describe('checkFilter', () => {
  it('checkFilter keeps names the data has, in its spelling', () => {
    expect(checkFilter({ actors: ['iran', 'Russia'], outlets: ['cnn'] }, facets)).toEqual({ actors: ['Iran', 'Russia'], outlets: ['CNN'] });
  });

  it('checkFilter leaves out a name no event has, with a calm notice', () => {
    expect(checkFilter({ actors: ['Iran', 'Atlantis'] }, facets)).toEqual({ actors: ['Iran'], notice: 'No events by “Atlantis”: the filter is left out.' });
    expect(checkFilter({ actors: ['X'], outlets: ['Y'] }, facets)).toEqual({ notice: 'No events by “X”, none from “Y”: the filters are left out.' });
  });

  it('checkFilter does not mistake __proto__ or constructor for a name', () => {
    expect(checkFilter({ actors: ['__proto__', 'constructor', 'toString'] }, facets).actors).toBeUndefined();
  });

  it('checkFilter says nothing when the link has no names', () => {
    expect(checkFilter({}, facets)).toEqual({});
  });
});
