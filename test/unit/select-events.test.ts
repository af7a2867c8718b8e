import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/timeline-model';
import { KINDS, type TimelineEvent } from '../../src/data/types';
import { eventFacets } from '../../src/view/event-facets';
import { countSentence, selectEvents, type EventFilter } from '../../src/view/select-events';
import { makeEvent } from './make-event';
import { eventDate } from './arbitraries';

const ACTORS = ['Iran', 'Russia', 'Ukraine', '__proto__'];
const OUTLETS = ['AP', 'CNN', 'Reuters'];
const source = (outlet: string) => ({ outlet, headline: 'H', published: '2022-10-07', article: 'a.txt' });

const anyEvents = fc
  .array(fc.tuple(eventDate, fc.constantFrom(...KINDS), fc.subarray(ACTORS, { minLength: 1 }), fc.subarray(OUTLETS, { minLength: 1 })), { minLength: 1, maxLength: 40 })
  .map((rows): TimelineEvent[] => rows.map(([date, kind, actors, outlets], i) => makeEvent(`e-${i}`, date, { kind, actors, sources: outlets.map(source) })));
const anyFilter: fc.Arbitrary<EventFilter> = fc.record(
  { kinds: fc.subarray([...KINDS]), actors: fc.subarray([...ACTORS, 'Nobody']), outlets: fc.subarray(OUTLETS) },
  { requiredKeys: [] },
);

/** The plain reading of a filter: any of each group, all groups, empty groups ignored. */
function plainlyShown(e: TimelineEvent, f: EventFilter): boolean {
  const any = <T>(want: readonly T[] | undefined, has: readonly T[]) => !want?.length || want.some((w) => has.includes(w));
  return any(f.kinds, [e.kind]) && any(f.actors, e.actors) && any(f.outlets, e.sources.map((s) => s.outlet));
}

describe('selectEvents', () => {
  it('selectEvents shows what the plain reading of the filter shows, in date order, for any data and filter', () => {
    fc.assert(
      fc.property(anyEvents, anyFilter, (list, filter) => {
        const model = buildModel({ events: list });
        const sel = selectEvents(model, eventFacets(model.events.map((e) => e.event)), filter);
        const expected = model.events.filter((e) => plainlyShown(e.event, filter));
        expect(sel.shown).toEqual(expected);
        expect(sel.matches).toEqual(expected);
        expect([...sel.mask].map(Boolean)).toEqual(model.events.map((e) => plainlyShown(e.event, filter)));
        expect(sel.total).toBe(list.length);
        expect(sel.sentence).toBe(countSentence(expected.length, list.length));
      }),
      { numRuns: 200 },
    );
  });

  it('selectEvents keeps the search matches among the shown events', () => {
    fc.assert(
      fc.property(anyEvents, anyFilter, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (list, filter, bits) => {
        const model = buildModel({ events: list });
        const matched = Uint8Array.from(model.events, (_, i) => (bits[i] ? 1 : 0));
        const sel = selectEvents(model, eventFacets(model.events.map((e) => e.event)), filter, matched);
        expect(sel.matches).toEqual(sel.shown.filter((e) => bits[e.index]));
      }),
      { numRuns: 100 },
    );
  });

  it('selectEvents shows nothing for a group whose names match nothing, and everything for an empty filter', () => {
    const model = buildModel({ events: [makeEvent('a', { precision: 'day', day: '2022-10-01' })] });
    const facets = eventFacets(model.events.map((e) => e.event));
    expect(selectEvents(model, facets, { actors: ['Atlantis'] }).shown).toEqual([]);
    expect(selectEvents(model, facets, { actors: [], kinds: [] }).shown).toHaveLength(1);
  });
});

describe('countSentence', () => {
  it('countSentence says how many of how many events are shown', () => {
    expect(countSentence(9, 30)).toBe('9 of 30 events');
    expect(countSentence(1, 30)).toBe('1 of 30 events');
    expect(countSentence(0, 30)).toBe('0 of 30 events');
    expect(countSentence(30, 30)).toBe('30 events');
    expect(countSentence(1, 1)).toBe('1 event');
    expect(countSentence(9000, 100000)).toBe('9,000 of 100,000 events');
  });
});
