import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { denseSample, eventWeight, PACKED_VIEW } from '../../src/chart/frame';
import { fullDomain } from '../../src/chart/view-window';
import { HEADS_PER_SCRIPT, largeDataFiles } from '../../src/build/large-data';
import { firstViewEvents } from '../../src/build/first-view-events';
import { buildModel } from '../../src/data/timeline-model';
import type { HeadScript, LargeIndex } from '../../src/data/large-index';
import type { TimelineData } from '../../src/data/types';
import { eventFacets } from '../../src/view/event-facets';
import { unpackFacets, type PackedFacets } from '../../src/view/packed-facets';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index';
import { searchEvents } from '../../src/search/search';
import { readIndex } from '../../src/data/large-index';
import { makeEvent, onDay } from './make-event';

const source = (outlet: string, headline: string) => ({ outlet, headline, published: '2022-10-07', article: 'a.txt' });
const data: TimelineData = {
  title: 'T',
  description: 'D',
  events: [
    makeEvent('b', onDay('2022-11-02'), { actors: ['Russia'], sources: [source('AP', 'Moscow denies')] }),
    makeEvent('a', onDay('2022-10-01'), { title: 'Shahed drones arrive', actors: ['Iran', 'Russia'], sources: [source('CNN', 'Drones'), source('AP', 'More drones')] }),
  ],
};
const model = buildModel(data);

/** Runs a classic script the build writes and returns what it hands to `self.<name>`. */
function run<T>(code: string, name: string): T {
  let got: unknown;
  const self: Record<string, unknown> = { [name]: (...args: unknown[]) => (got = args.at(-1)) };
  new Function('self', code)(self);
  return (got ?? self[name]) as T;
}

describe('largeDataFiles', () => {
  const files = largeDataFiles(data, model);
  const index = run<LargeIndex>(files.index.code, 'TIMELINE_INDEX');

  it('largeDataFiles puts each event\'s actors and outlets in the index, so filters need no details', () => {
    const facets = unpackFacets(index.facets!, index.at.length);
    expect(facets).toEqual(eventFacets(model.events.map((e) => e.event)));
    expect(facets.actors).toEqual(['Iran', 'Russia']);
  });

  it('largeDataFiles writes the search index as a script the index names, and it finds what the events say', () => {
    expect(`assets/${index.search}`).toBe(files.search.fileName);
    const search = run<SearchIndex>(files.search.code, 'TIMELINE_SEARCH');
    expect(search).toEqual(buildSearchIndex(model.events.map((e) => e.event)));
    const fromIndex = readIndex(index).model;
    expect(searchEvents(search, fromIndex, 'drones').ids).toEqual(['a']);
    expect(searchEvents(search, fromIndex, 'moscow').ids).toEqual(['b']);
  });

  it('largeDataFiles names the search script by its content', () => {
    const other = largeDataFiles({ ...data, events: [data.events[0]] }, buildModel({ events: [data.events[0]] }));
    expect(other.search.fileName).not.toBe(files.search.fileName);
    expect(files.search.fileName).toMatch(/^assets\/search-index-[\w-]+\.js$/);
  });
});

describe('largeDataFiles for a data set whose first view shows few of its events', () => {
  // 3,000 events over two years, every kind, a few of them month-dated: every width's first view is crowded.
  const kinds = ['delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast'] as const;
  const many: TimelineData = {
    title: 'Many',
    description: 'D',
    events: Array.from({ length: 3000 }, (_, i) => {
      const day = new Date(Date.UTC(2021, 0, 1) + ((i * 37) % 730) * 86_400_000).toISOString().slice(0, 10);
      return makeEvent(`e-${i}`, i % 40 === 3 ? { precision: 'month', month: day.slice(0, 7) } : onDay(day), { kind: kinds[i % kinds.length], title: `Event number ${i}` });
    }),
  };
  const manyModel = buildModel(many);
  const files = largeDataFiles(many, manyModel);
  const index = run<LargeIndex>(files.index.code, 'TIMELINE_INDEX');
  const scripts = files.heads.filter((f) => !f.fileName.includes('/facets-')).map((f) => run<HeadScript>(f.code, 'TIMELINE_HEADS'));

  it('carries the heads of the events its first view can show, fewer than half, and the rest in runs that cover every event once, in order', () => {
    expect(index.first.length).toBeGreaterThan(0);
    expect(index.first.length * 2).toBeLessThan(many.events.length);
    expect(index.first.map((r) => r[0])).toEqual(firstViewEvents(manyModel).map((e) => e.index));
    expect(scripts.length).toBe(Math.ceil(3000 / HEADS_PER_SCRIPT));
    expect(files.heads.length, 'and one script of facets').toBe(scripts.length + 1);
    expect(scripts.flatMap((s) => s[1])).toEqual(manyModel.events.map((e) => e.event.id));
    expect(scripts.map((s) => s[0])).toEqual(scripts.map((_, k) => k * HEADS_PER_SCRIPT));
    expect(index.heads).toEqual(files.heads.map((f) => f.fileName.replace(/^assets\//, '')));
    for (const f of files.heads) expect(f.fileName).toMatch(/^assets\/heads\/(\d+|facets)-[\w-]+\.js$/);
  });

  it('puts the actors\' and outlets\' codes in a script of their own, not in the index the first view waits for', () => {
    expect(index.facets).toBe(null);
    const facets = run<PackedFacets>(files.heads.find((f) => f.fileName.includes('/facets-'))!.code, 'TIMELINE_FACETS');
    expect(unpackFacets(facets, 3000)).toEqual(eventFacets(manyModel.events.map((e) => e.event)));
  });

  it('readIndex draws from the index alone: times, kinds and the first view\'s heads are there, the others stand in until their runs arrive', () => {
    const { model, heads } = readIndex(index);
    expect(model.events.map((e) => [e.start, e.end, e.at, e.uncertain, e.event.kind])).toEqual(manyModel.events.map((e) => [e.start, e.end, e.at, e.uncertain, e.event.kind]));
    const firstOnes = new Set(index.first.map((r) => r[0]));
    for (const e of model.events) {
      const real = manyModel.events[e.index].event;
      if (firstOnes.has(e.index)) expect([e.event.id, e.event.title, e.event.date]).toEqual([real.id, real.title, real.date]);
      else {
        expect([e.event.id, e.event.title]).toEqual([`@${e.index}`, '']);
        // The stand-in date is the window the event is drawn over: it holds the real date's.
        const d = e.event.date as { precision: string; start: string; end: string };
        expect(d.precision).toBe('approximate');
        expect(Date.parse(d.start)).toBeLessThanOrEqual(e.at);
        expect(Date.parse(d.end) + 86_400_000).toBeGreaterThanOrEqual(e.at);
      }
    }
    // An index by id read before the heads came is read afresh after.
    expect(model.byId.get('@5')?.index).toBe(firstOnes.has(5) ? undefined : 5);
    for (const s of scripts) heads.add(s);
    expect(model.events.map((e) => [e.event.id, e.event.title, e.event.date])).toEqual(manyModel.events.map((e) => [e.event.id, e.event.title, e.event.date]));
    expect(model.byId.get('e-2999')?.event.title).toBe('Event number 2999');
    expect(model.byId.has('@5')).toBe(false);
  });

  /** Checks that the page's first view, at any plot width from 320 to 2,560 px, picks only events whose heads the index holds. */
  const expectFirstPicksInIndex = (ix: LargeIndex, numRuns: number) => {
    const { model: read } = readIndex(ix);
    const firstOnes = new Set(ix.first.map((r) => r[0]));
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 2560 }), (width) => {
        const xs = scaleLinear().domain(fullDomain(read.extent)).range([0, width]);
        for (const e of denseSample(read, xs, { width, ...PACKED_VIEW })) expect(firstOnes.has(e.index), `${e.index} at ${width}px`).toBe(true);
      }),
      { numRuns },
    );
  };

  it('the first view\'s picks at any plot width from 320 to 2,560 px all have their heads in the index', () => {
    expectFirstPicksInIndex(index, 60);
  });

  it('carries the data\'s importance: the page weighs events as it would with all the data, and its first view\'s picks still have their heads', () => {
    // Every 50th event is marked the most important, every 7th the least, whatever its kind.
    const weighted: TimelineData = { ...many, events: many.events.map((e, i) => (i % 50 === 0 ? { ...e, importance: 5 } : i % 7 === 1 ? { ...e, importance: 1 } : e)) };
    const weightedModel = buildModel(weighted);
    const wIndex = run<LargeIndex>(largeDataFiles(weighted, weightedModel).index.code, 'TIMELINE_INDEX');
    expect(wIndex.importance?.length).toBe(2 * weighted.events.filter((e) => e.importance !== undefined).length);
    expect(index.importance, 'absent when no event has one').toBeUndefined();
    const { model: read } = readIndex(wIndex);
    expect(read.events.map(eventWeight)).toEqual(weightedModel.events.map(eventWeight));
    // The view groups the least important first: at 1,280 px each of the 60 most important events is picked, and no least important one.
    const xs = scaleLinear().domain(fullDomain(read.extent)).range([0, 1280]);
    const picks = denseSample(read, xs, { width: 1280, ...PACKED_VIEW });
    expect(picks.filter((e) => eventWeight(e) === 5).length).toBe(60);
    expect(picks.filter((e) => eventWeight(e) === 1)).toEqual([]);
    expectFirstPicksInIndex(wIndex, 40);
  });

  it('a small data set\'s index holds every head and writes no heads scripts', () => {
    expect(files.heads.length).toBeGreaterThan(0);
    expect(largeDataFiles(data, model).heads).toEqual([]);
    expect(run<LargeIndex>(largeDataFiles(data, model).index.code, 'TIMELINE_INDEX').first.map((r) => r[1])).toEqual(model.events.map((e) => e.event.id));
  });
});
