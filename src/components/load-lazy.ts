/**
 * Loads the parts that are not needed for the first view, keeping the first download small, in
 * two steps: the lazy part (`<event-card>`, the overview, the address and list sync, the embed's
 * sizing; src/lazy.ts) once the page is idle or on the first sign of interaction with the chart,
 * and the interaction part (copying, the embed builder, the filter bar and search, the large-data
 * list; src/interaction.ts) on the reader's first interaction or when one of its features is first
 * used. The built site loads each as a classic script (globals `Timeline` and
 * `TimelineInteraction`), which, unlike a module, also loads in a sandboxed frame whose origin is
 * opaque; dev and tests import them.
 */
import { appendScript } from '../app/append-script';

export type LazyModule = typeof import('../lazy');
/** The lazily loaded part. */
export type Lazy = LazyModule;
/** The part loaded on the first interaction. */
export type Interaction = typeof import('../interaction');
declare const __LAZY_SCRIPT__: string | undefined;
declare const __INTERACTION_SCRIPT__: string | undefined;
declare global {
  interface Window {
    Timeline?: LazyModule;
    TimelineInteraction?: Interaction;
  }
}

// Captured while this bundle's own <script> runs: the lazy scripts sit beside it.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

/** Adds the classic script `file` (beside this bundle) and resolves with the global it defines. */
async function classicScript<T>(file: string, global: 'Timeline' | 'TimelineInteraction'): Promise<T> {
  const src = new URL(file, base).href;
  await appendScript(src);
  // (What waits for it runs in a task of its own: the browser fires `load` in the task that ran the script.)
  await new Promise((resolve) => setTimeout(resolve));
  if (!window[global]) throw new Error(`${src} defined nothing`);
  return window[global] as T;
}

/**
 * One lazily loaded part: `load` fetches it once (every caller shares that one request) and
 * resolves with it; `when` runs a function as soon as it is here, without asking for it.
 */
function part<T>(fetch: () => Promise<T>): { load(): Promise<T>; when(f: (part: T) => void): void } {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  const waiting: ((part: T) => void)[] = [];
  return {
    load: () =>
      (loading ??= fetch().then((p) => {
        loaded = p;
        for (const f of waiting.splice(0)) f(p);
        return p;
      })),
    when: (f) => {
      if (loaded) f(loaded);
      else waiting.push(f);
    },
  };
}

let gate = (): Promise<unknown> => Promise.resolve();

/**
 * Holds the lazy part back until `ready` settles: a large data set's events' heads, so that
 * nothing in it (cards, address, list, filters, search) meets an event whose id has not come.
 */
export function lazyAfter(ready: () => Promise<unknown>): void {
  gate = ready;
}

const lazyPart = part<LazyModule>(async () => {
  const lazy = await (typeof __LAZY_SCRIPT__ === 'string' ? classicScript<LazyModule>(__LAZY_SCRIPT__, 'Timeline') : import('../lazy'));
  await gate().catch(() => {});
  return lazy;
});
// After the lazy part, never before it: whatever the interaction part drives (the cards, the
// filters) is wired by then, and the two scripts never compete with the first view for the network.
const interactionPart = part<Interaction>(() =>
  lazyPart.load().then(() => (typeof __INTERACTION_SCRIPT__ === 'string' ? classicScript(__INTERACTION_SCRIPT__, 'TimelineInteraction') : import('../interaction'))),
);

/** Loads the lazy part (once) and resolves with it. */
export function loadLazy(): Promise<LazyModule> {
  return lazyPart.load();
}

/**
 * Runs `f` with the lazy part as soon as it is here, before whatever asked for it gets it, but
 * without asking for it: for what only the lazy part needs (an event's details, say).
 */
export function whenLazy(f: (lazy: LazyModule) => void): void {
  lazyPart.when(f);
}

/** Loads the interaction part (once, after the lazy part) and resolves with it. */
export function loadInteraction(): Promise<Interaction> {
  return interactionPart.load();
}

/** Runs `f` with the interaction part as soon as it is here, without asking for it. */
export function whenInteraction(f: (part: Interaction) => void): void {
  interactionPart.when(f);
}
