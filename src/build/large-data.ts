import type { TimelineData, TimelineEvent } from '../data/types';
import type { TimelineModel } from '../data/timeline-model';
import { splitData, type HeadScript, type LargeIndex } from '../data/large-index';
import { firstViewEvents } from './first-view-events';
import { contentHash as hash } from './content-hash';
import { eventFacets } from '../view/event-facets';
import { packFacets } from '../view/packed-facets';
import { buildSearchIndex } from '../search/search-index';

/** Above this many events the page carries a compact index instead of all the data. */
export const LARGE_DATA = 500;

/** Up to this many events the build writes a page per event (they share the month scripts). */
export const MAX_EVENT_PAGES = 200;

/** Events per heads script: each is read in a short task (at 100,000 synthetic events, 0.3 MB of ids, dates and titles). */
export const HEADS_PER_SCRIPT = 2000;

/** A file the build writes for a large data set. */
export interface DataFile {
  fileName: string;
  code: string;
}

/** JSON.parse of a string literal parses faster than the same data as an object literal. */
const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * Writes a large data set as classic scripts: one compact index (`TIMELINE_INDEX`: what the
 * chart draws and filters by, with the heads of the events its first view can show), the heads
 * of all events in runs (`TIMELINE_HEADS([from, ids, dates, titles])`) and their actors' and
 * outlets' codes (`TIMELINE_FACETS(facets)`), loaded after the first draw (only when the first
 * view shows fewer than half of the events: else the index holds all of it), one details script per month, loaded when a reader opens an event there, and the
 * search index, loaded on the first search (`TIMELINE_SEARCH(index)`).
 */
export function largeDataFiles(data: TimelineData, model: TimelineModel<TimelineEvent>): { index: DataFile; heads: DataFile[]; chunks: DataFile[]; search: DataFile } {
  const { columns, rows, months } = splitData(data, model);
  const first = firstViewEvents(model);
  const split = first.length * 2 < rows.length;
  const events = model.events.map((e) => e.event);
  const facets = packFacets(eventFacets(events));
  const heads: DataFile[] = [];
  if (split) {
    for (let from = 0; from < rows.length; from += HEADS_PER_SCRIPT) {
      const run = rows.slice(from, from + HEADS_PER_SCRIPT);
      const script: HeadScript = [from, run.map((r) => r[1]), run.map((r) => r[2]), run.map((r) => r[3])];
      const code = `self.TIMELINE_HEADS&&self.TIMELINE_HEADS(${literal(script)});\n`;
      heads.push({ fileName: `assets/heads/${from}-${hash(code)}.js`, code });
    }
    // The filters' codes are not needed to draw either (at 100,000 events, three quarters of the index's bytes).
    const code = `self.TIMELINE_FACETS&&self.TIMELINE_FACETS(${literal(facets)});\n`;
    heads.push({ fileName: `assets/heads/facets-${hash(code)}.js`, code });
  }
  const chunks: DataFile[] = [];
  const names: Record<string, string> = {};
  for (const [month, events] of months) {
    const code = `self.TIMELINE_DETAILS&&self.TIMELINE_DETAILS(${JSON.stringify(month)},${literal(events)});\n`;
    const fileName = `assets/details/${month}-${hash(code)}.js`;
    names[month] = fileName.replace(/^assets\//, '');
    chunks.push({ fileName, code });
  }
  const searchCode = `self.TIMELINE_SEARCH&&self.TIMELINE_SEARCH(${literal(buildSearchIndex(events))});\n`;
  const search = { fileName: `assets/search-index-${hash(searchCode)}.js`, code: searchCode };
  const index: LargeIndex = {
    title: data.title,
    description: data.description,
    ...columns,
    first: split ? first.map((e) => rows[e.index]) : rows,
    heads: heads.map((f) => f.fileName.replace(/^assets\//, '')),
    run: HEADS_PER_SCRIPT,
    chunks: names,
    facets: split ? null : facets,
    search: search.fileName.replace(/^assets\//, ''),
  };
  const code = `self.TIMELINE_INDEX=${literal(index)};\n`;
  return { index: { fileName: `assets/timeline-index-${hash(code)}.js`, code }, heads, chunks, search };
}
