/**
 * Adds one of the build's own classic scripts (see trusted-scripts.ts) to the page and resolves
 * once it has run; rejects when it cannot load. Classic, not a module: it loads in a sandboxed
 * frame too, where a module would need CORS headers.
 */
export function appendScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}
