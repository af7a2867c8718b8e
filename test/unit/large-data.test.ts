import { describe, expect, it } from 'vitest';
import { largeDataFiles } from '../../src/build/large-data';
import { buildModel } from '../../src/data/timeline-model';
import type { LargeIndex } from '../../src/data/large-index';
import type { TimelineData } from '../../src/data/types';
import { eventFacets } from '../../src/view/event-facets';
import { unpackFacets } from '../../src/view/packed-facets';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index';
import { searchEvents } from '../../src/search/search';
import { modelFromIndex } from '../../src/data/large-index';
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
    const facets = unpackFacets(index.facets, index.heads.length);
    expect(facets).toEqual(eventFacets(model.events.map((e) => e.event)));
    expect(facets.actors).toEqual(['Iran', 'Russia']);
  });

  it('largeDataFiles writes the search index as a script the index names, and it finds what the events say', () => {
    expect(`assets/${index.search}`).toBe(files.search.fileName);
    const search = run<SearchIndex>(files.search.code, 'TIMELINE_SEARCH');
    expect(search).toEqual(buildSearchIndex(model.events.map((e) => e.event)));
    const fromIndex = modelFromIndex(index);
    expect(searchEvents(search, fromIndex, 'drones').ids).toEqual(['a']);
    expect(searchEvents(search, fromIndex, 'moscow').ids).toEqual(['b']);
  });

  it('largeDataFiles names the search script by its content', () => {
    const other = largeDataFiles({ ...data, events: [data.events[0]] }, buildModel({ events: [data.events[0]] }));
    expect(other.search.fileName).not.toBe(files.search.fileName);
    expect(files.search.fileName).toMatch(/^assets\/search-index-[\w-]+\.js$/);
  });
});
