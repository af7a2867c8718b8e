/** Where a built page runs its app: just after the chart and its data (see index.html). */
export const APP_MARKER = '<!--timeline:app-->';

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;

/**
 * Turns Vite's module scripts into classic scripts and its crossorigin links into plain links:
 * a sandboxed frame has an opaque origin, and module scripts (always fetched with CORS) would
 * fail there on hosts that send no CORS headers.
 *
 * The scripts move from the head to the app marker, just after the chart and its data, and run
 * when the parser gets there: the chart is drawn before the long list below it is parsed and
 * laid out, so the first paint already shows it. The head keeps a preload of each, so the
 * download starts at once rather than when the parser gets near (after a large data set's
 * index script, say). A page without the marker gets deferred scripts where Vite put them.
 */
export function classicScripts(html: string): string {
  const linked = html.replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=');
  if (!linked.includes(APP_MARKER)) return linked.replace(MODULE_SCRIPT, '<script defer src="$1"></script>');
  const scripts: string[] = [];
  const moved = linked.replace(MODULE_SCRIPT, (_, src: string) => {
    scripts.push(`<script src="${src}"></script>`);
    return `<link rel="preload" as="script" href="${src}" />`;
  });
  return moved.replace(APP_MARKER, () => scripts.join(''));
}

/** What every edition shares at the site's root: the built assets and the data files. */
const SHARED = /^(assets\/|events\.(json|csv)$)/;

/**
 * Rewrites a page's relative URLs (`./x`) for a copy that lives `prefix` deeper, e.g. `../../`.
 * An edition's page (under `fa/`, say) links within its edition with `prefix` and to what all
 * editions share (assets, `events.json`, `events.csv`) with `shared`, one level more.
 *
 * @example relocate('<a href="./corrections/">', '../../', '../../../') // '<a href="../../corrections/">'
 * @example relocate('<link href="./assets/a.css">', './', '../') // '<link href="../assets/a.css">'
 */
export function relocate(html: string, prefix: string, shared = prefix): string {
  return html.replace(/(href|src)="\.\/([^"]*)"/g, (_, attr: string, rest: string) => `${attr}="${SHARED.test(rest) ? shared : prefix}${rest}"`);
}
