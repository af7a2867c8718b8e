import type { TimelineModel } from '../data/timeline-model';
import { foldWords, queryWords } from './normalize';
import { findInIndex, type SearchIndex } from './search-index';

/** What a search found: the events, in date order, and how to highlight their titles. */
export interface SearchResult {
  /** The search's folded words ([] for an empty search, which finds nothing). */
  words: string[];
  /** 1 for each matching event, by its index in the model (date order). */
  mask: Uint8Array;
  /** The matching events' indices in the model, in date order. */
  indices: Uint32Array;
  /** The matching events' ids, in date order. */
  readonly ids: string[];
  /** Where the search's words are in a matching event's title ([start, end) in the title's own indices); [] for others. */
  titleRanges(index: number): [number, number][];
}

/** The most words a search uses (longest first): more only slow it down. */
const MAX_WORDS = 12;

/**
 * Finds the events that have every word of a search at the start of one of their words (in the
 * title, summary, claims, quotes, outlets or headlines), ignoring case, accents and punctuation.
 *
 * @example searchEvents(index, model, 'shahed iran').ids // ['2022-10-06-…', …]
 */
export function searchEvents(index: SearchIndex, model: TimelineModel, query: string): SearchResult {
  const words = queryWords(query).slice(0, MAX_WORDS);
  const mask = findInIndex(index, words);
  // A typed array, counted first: pushing tens of thousands of numbers onto an array is many times slower.
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  const indices = new Uint32Array(count);
  for (let i = 0, j = 0; j < count; i++) if (mask[i] === 1) indices[j++] = i;
  let ids: string[] | undefined;
  const ranges = new Map<number, [number, number][]>();
  const titleRanges = (i: number): [number, number][] => {
    if (mask[i] !== 1) return [];
    let r = ranges.get(i);
    if (!r) ranges.set(i, (r = highlightRanges(model.events[i].event.title, words)));
    return r;
  };
  return {
    words,
    mask,
    indices,
    // Worked out when asked: reading tens of thousands of events' ids costs more than the search.
    get ids() {
      return (ids ??= Array.from(indices, (i) => model.events[i].event.id));
    },
    titleRanges,
  };
}

/**
 * Where a text's words start with any of the given (folded) words: [start, end) ranges in the
 * text's own indices, in order, overlapping ones merged. For highlighting a title or a line.
 *
 * @example highlightRanges('Iran’s Shahed drones', ['shah', 'iran']) // [[0, 4], [7, 11]]
 */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  if (!words.length) return out;
  for (const w of foldWords(text)) {
    let len = 0;
    for (const q of words) if (q.length > len && w.word.startsWith(q)) len = q.length;
    if (!len) continue;
    const end = w.ends[len - 1];
    const last = out[out.length - 1];
    if (last && last[1] >= w.start) last[1] = Math.max(last[1], end);
    else out.push([w.start, end]);
  }
  return out;
}

