/**
 * Turns Vite's module script and crossorigin links into a deferred classic script and plain
 * links: a sandboxed frame has an opaque origin, and module scripts (always fetched with CORS)
 * would fail there on hosts that send no CORS headers.
 */
export function classicScripts(html: string): string {
  return html
    .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
    .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=');
}

/** Rewrites a page's relative URLs (`./x`) for a copy that lives `prefix` deeper, e.g. `../../`. */
export function relocate(html: string, prefix: string): string {
  return html.replace(/(href|src)="\.\/([^"]*)"/g, (_, attr: string, rest: string) => `${attr}="${prefix}${rest}"`);
}
