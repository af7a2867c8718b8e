import type { TimelineEvent } from '../data/types';
import type { LargeIndex } from '../data/large-index';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { appendScript } from '../app/append-script';

declare global {
  interface Window {
    TIMELINE_SEARCH?: (index: SearchIndex) => void;
  }
}

/**
 * The search index for a page that has its events in full (small data sets): built on the first
 * search, from the events in the model's order.
 */
export function inlineSearch(events: readonly TimelineEvent[]): () => Promise<SearchIndex> {
  let index: SearchIndex | undefined;
  return async () => (index ??= buildSearchIndex(events));
}

/**
 * The search index of a large data set: its script (next to the index script, classic so it
 * loads in sandboxed frames too) is loaded on the first search and calls `TIMELINE_SEARCH`.
 * A failed load can be tried again.
 */
export function chunkedSearch(index: Pick<LargeIndex, 'search'>, baseUrl: string): () => Promise<SearchIndex> {
  let loading: Promise<SearchIndex> | undefined;
  let got: SearchIndex | undefined;
  return () =>
    (loading ??= (() => {
      window.TIMELINE_SEARCH = (loaded) => {
        window.TIMELINE_SEARCH = undefined;
        got = loaded;
      };
      return appendScript(new URL(index.search, baseUrl).href).then(
        () => got ?? Promise.reject(new Error(`${index.search} gave no search index`)),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      );
    })());
}
