import type { HeadScript, HeadTable, LargeIndex } from './large-index';
import type { PackedFacets } from '../view/packed-facets';
import { whenIdle } from '../app/next-task';
import { appendScript } from '../app/append-script';

declare global {
  interface Window {
    TIMELINE_HEADS?: (run: HeadScript) => void;
    TIMELINE_FACETS?: (facets: PackedFacets) => void;
  }
}

/**
 * Runs a large data set's heads scripts (classic, so they also load in a sandboxed frame) and
 * resolves once every run is in `table` and the facets in `index`. They are all fetched at
 * once, at a low priority, and run one at a time, each in an idle moment: a reader zooming
 * meanwhile loses at most a frame to each.
 */
export function loadHeads(index: Pick<LargeIndex, 'heads' | 'facets'>, table: HeadTable, baseUrl: string): Promise<void> {
  window.TIMELINE_HEADS = (run) => table.add(run);
  window.TIMELINE_FACETS = (facets) => (index.facets = facets);
  for (const file of index.heads) document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'script', fetchPriority: 'low', href: new URL(file, baseUrl).href }));
  return index.heads.reduce(
    (before, file) => before.then(() => appendScript(new URL(file, baseUrl).href)).then(() => new Promise<void>((resolve) => whenIdle(resolve, 200))),
    Promise.resolve(),
  );
}
