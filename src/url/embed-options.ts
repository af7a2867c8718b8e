import { escapeHtml } from '../render/html';
import type { Theme } from '../app/page-context';
import type { ViewRequest } from './view-request';
import { writeView } from './view-link';
import { msg, str } from '../i18n/msg';

/**
 * The frame's height before its script sizes it (and for good, where a CMS strips scripts): the
 * timeline's real height in a 680 px article column, measured by the embed browser test.
 */
export const SNIPPET_HEIGHT = 578;

/** What an editor chose in the embed builder. */
export interface EmbedOptions {
  /** What the embed opens on: its place (event, day, window), filters, search and lanes. */
  view: ViewRequest;
  /** Whether the embed shows the timeline's title above the chart (`?title=0` hides it). */
  showTitle: boolean;
  /** The colour scheme (`?theme=`; light, an embed's default, is never written). */
  theme: Theme;
  /** A fixed frame height for a CMS that strips scripts: the snippet is then the iframe alone. */
  height: number | null;
  /** How the frame is sized: `embed.js` (the default), or a Pym.js parent with `xdomain`. */
  form: 'script' | 'pym';
}

/** The embed's defaults: the whole timeline, titled, light, sized by embed.js. */
export const DEFAULT_EMBED: EmbedOptions = { view: {}, showTitle: true, theme: 'light', height: null, form: 'script' };

/** The range a fixed height may take, in CSS pixels. */
export const FIXED_HEIGHT = { min: 200, max: 5000 } as const;

/** What the builder shows and the editor pastes, made from the same options. */
export interface EmbedCode {
  /** The embed page's URL: the preview frames exactly this. */
  src: string;
  /** The frame's height before it is sized (or for good, with a fixed height). */
  height: number;
  /** The HTML to paste. */
  snippet: string;
}

/**
 * The embed page's URL for some options: `embed.html` under the site's root with the view's
 * canonical query (writeView), then `theme` when not light and `title=0` when the title is hidden.
 *
 * @example embedSrc('https://example.org/t/', { ...DEFAULT_EMBED, view: { kinds: ['strike'] }, theme: 'dark' })
 * // 'https://example.org/t/embed.html?kind=strike&theme=dark'
 */
export function embedSrc(rootUrl: string, options: EmbedOptions): string {
  const extra = new URLSearchParams();
  if (options.theme !== 'light') extra.append('theme', options.theme);
  if (!options.showTitle) extra.append('title', '0');
  const view = writeView(options.view);
  const tail = extra.toString();
  return new URL(`embed.html${view}${tail ? `${view ? '&' : '?'}${tail}` : ''}`, rootUrl).href;
}

/**
 * Pym.js's `xdomain` for a site: its origin as a regular expression, escaped and anchored at the
 * start (Pym.js anchors the end), so no other frame on the article can drive the parent.
 *
 * @example pymXdomain('https://example.org') // '^https://example\\.org'
 */
export function pymXdomain(origin: string): string {
  return `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/** A string as a JavaScript literal that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
function jsString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The embed snippet and the preview's URL and height, from one set of options: an iframe with
 * `embed.js` (the default), the iframe alone at a fixed height (for a CMS that strips scripts),
 * or the Pym.js form with `xdomain` set to the site's origin. `title` is the timeline's name,
 * escaped for HTML (and JavaScript in the Pym.js form). Throws a RangeError for a fixed height
 * outside FIXED_HEIGHT.
 *
 * @example embedCode('https://example.org/t/', 'Iran and Russia', { ...DEFAULT_EMBED, height: 600 }).snippet
 * // '<iframe src="https://example.org/t/embed.html" … height="600" …></iframe>'
 */
export function embedCode(rootUrl: string, title: string, options: EmbedOptions): EmbedCode {
  const { height } = options;
  if (height !== null && !(Number.isInteger(height) && height >= FIXED_HEIGHT.min && height <= FIXED_HEIGHT.max)) {
    throw new RangeError(`embed height: ${height} is not a whole number of pixels from ${FIXED_HEIGHT.min} to ${FIXED_HEIGHT.max}`);
  }
  const src = embedSrc(rootUrl, options);
  const frameTitle = msg(str`${title} (interactive timeline)`, { id: 'embed.frame-title' });
  const h = height ?? SNIPPET_HEIGHT;
  if (height === null && options.form === 'pym') {
    const snippet = `<div id="timeline-embed"></div>
<script src="https://pym.nprapps.org/pym.v1.min.js"></script>
<script>new pym.Parent('timeline-embed', ${jsString(src)}, { title: ${jsString(frameTitle)}, xdomain: ${jsString(pymXdomain(new URL(rootUrl).origin))} });</script>`;
    return { src, height: h, snippet };
  }
  const frame = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle)}" width="100%" height="${h}" style="width:100%;border:0" loading="lazy"${height === null ? ' data-timeline-embed' : ''}></iframe>`;
  const script = new URL('embed.js', rootUrl).href;
  return { src, height: h, snippet: height === null ? `${frame}\n<script src="${escapeHtml(script)}" async></script>` : frame };
}
