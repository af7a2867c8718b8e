import type { HeadScript, HeadTable, LargeIndex } from './large-index';

declare global {
  interface Window {
    TIMELINE_HEADS?: (run: HeadScript) => void;
  }
}

/**
 * Runs a large data set's heads scripts (classic, so they also load in a sandboxed frame; the
 * page has already fetched them meanwhile, see `headScripts`) and resolves once every run is in
 * `table`. Each script is read in its own task.
 */
export function loadHeads(index: Pick<LargeIndex, 'heads'>, table: HeadTable, baseUrl: string): Promise<void> {
  let left = index.heads.length;
  return new Promise((resolve, reject) => {
    window.TIMELINE_HEADS = (run) => {
      table.add(run);
      if (!--left) resolve();
    };
    if (!left) resolve();
    for (const file of index.heads) {
      const s = document.createElement('script');
      s.src = new URL(file, baseUrl).href;
      s.onerror = () => reject(new Error(`could not load ${file}`));
      document.head.append(s);
    }
  });
}
