import { escapeHtml } from '../render/html';

/**
 * The frame's height before its script sizes it (and for good, where a CMS strips scripts): the
 * timeline's real height in a 680 px article column, measured by the embed browser test.
 */
export const SNIPPET_HEIGHT = 578;

/**
 * The HTML an editor pastes to embed the timeline: a lazy, borderless, full-width iframe with a
 * meaningful title, and one script line that sizes the frame to the timeline.
 *
 * @example embedSnippet('https://example.org/timeline/', 'Iran and Russia')
 */
export function embedSnippet(rootUrl: string, title: string): string {
  const src = new URL('embed.html', rootUrl).href;
  const script = new URL('embed.js', rootUrl).href;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`${title} (interactive timeline)`)}" width="100%" height="${SNIPPET_HEIGHT}" style="width:100%;border:0" loading="lazy" data-timeline-embed></iframe>
<script src="${escapeHtml(script)}" async></script>`;
}
