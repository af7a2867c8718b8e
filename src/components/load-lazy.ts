/**
 * Loads the interactive parts that are not needed for the first view (`<event-card>`,
 * `<copy-dialog>`, the placement library, the large-data list) on the first sign of
 * interaction, keeping the first download small. The built site loads them as a classic
 * script (global `Timeline`), which, unlike a module, also loads in a sandboxed frame whose
 * origin is opaque; dev and tests import them.
 */
export type LazyModule = typeof import('../lazy');
/** The lazily loaded part. */
export type Lazy = LazyModule;
declare const __LAZY_SCRIPT__: string | undefined;
declare global {
  interface Window {
    Timeline?: LazyModule;
  }
}

// Captured while this bundle's own <script> runs: the lazy script sits beside it.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
let loading: Promise<LazyModule> | undefined;
let gate = (): Promise<unknown> => Promise.resolve();
let loaded: LazyModule | undefined;
const waiting: ((lazy: LazyModule) => void)[] = [];

function fetchLazy(): Promise<LazyModule> {
  if (typeof __LAZY_SCRIPT__ === 'string') {
    const src = new URL(__LAZY_SCRIPT__, base).href;
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => (window.Timeline ? resolve(window.Timeline) : reject(new Error(`${src} defined nothing`)));
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });
  }
  return import('../lazy');
}

/**
 * Holds the lazy part back until `ready` settles: a large data set's events' heads, so that
 * nothing in it (cards, address, list, filters, search) meets an event whose id has not come.
 */
export function lazyAfter(ready: () => Promise<unknown>): void {
  gate = ready;
}

/** Loads the lazy part (once) and resolves with it. */
export function loadLazy(): Promise<LazyModule> {
  return (loading ??= fetchLazy().then(async (lazy) => {
    await gate().catch(() => {});
    loaded = lazy;
    for (const f of waiting.splice(0)) f(lazy);
    return lazy;
  }));
}

/**
 * Runs `f` with the lazy part as soon as it is here, before whatever asked for it gets it, but
 * without asking for it: for what only the lazy part needs (an event's details, say).
 */
export function whenLazy(f: (lazy: LazyModule) => void): void {
  if (loaded) f(loaded);
  else waiting.push(f);
}
