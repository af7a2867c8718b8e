import type { HeadScript, HeadTable, LargeIndex } from './large-index';
import type { PackedFacets } from '../view/packed-facets';
import { whenIdle } from '../app/next-task';

declare global {
  interface Window {
    TIMELINE_HEADS?: (run: HeadScript) => void;
    TIMELINE_FACETS?: (facets: PackedFacets) => void;
  }
}

/**
 * Runs a large data set's heads scripts (classic, so they also load in a sandboxed frame; the
 * page has already fetched them meanwhile, see `headScripts`) and resolves once every run is in
 * `table` and the facets in `index`. One at a time, each in an idle moment: a reader zooming
 * meanwhile loses at most a frame to each.
 */
export function loadHeads(index: Pick<LargeIndex, 'heads' | 'facets'>, table: HeadTable, baseUrl: string): Promise<void> {
  window.TIMELINE_HEADS = (run) => table.add(run);
  window.TIMELINE_FACETS = (facets) => (index.facets = facets);
  return index.heads.reduce(
    (before, file) =>
      before.then(
        () =>
          new Promise<void>((resolve, reject) => {
            const s = document.createElement('script');
            s.src = new URL(file, baseUrl).href;
            s.onload = () => whenIdle(resolve, 200);
            s.onerror = () => reject(new Error(`could not load ${file}`));
            document.head.append(s);
          }),
      ),
    Promise.resolve(),
  );
}
