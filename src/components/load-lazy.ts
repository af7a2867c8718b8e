/**
 * Loads the interactive parts that are not needed for the first view (`<event-card>`,
 * `<copy-dialog>`, the placement library, the large-data list) on the first sign of
 * interaction, keeping the first download small. The built site loads them as a classic
 * script (global `Timeline`), which, unlike a module, also loads in a sandboxed frame whose
 * origin is opaque; dev and tests import them.
 */
type LazyModule = typeof import('../lazy');
declare const __LAZY_SCRIPT__: string | undefined;
declare global {
  interface Window {
    Timeline?: LazyModule;
  }
}

// Captured while this bundle's own <script> runs: the lazy script sits beside it.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
let loading: Promise<LazyModule> | undefined;

export function loadLazy(): Promise<LazyModule> {
  if (typeof __LAZY_SCRIPT__ === 'string') {
    const src = new URL(__LAZY_SCRIPT__, base).href;
    return (loading ??= new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => (window.Timeline ? resolve(window.Timeline) : reject(new Error(`${src} defined nothing`)));
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    }));
  }
  return (loading ??= import('../lazy'));
}
