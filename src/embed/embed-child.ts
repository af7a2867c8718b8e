import type { TimelineChart } from '../components/timeline-chart';
import type { PageContext } from '../app/page-context';
import { ampSizeMessage, isFrameHeight, parseInbound, pymHeightMessage } from './messages';
import { HELLO, isPing, readParentMessage, trustedParentUrl } from './article-url';

/**
 * Inside a frame: tells the embedding page the timeline's height (Pym.js `height` messages
 * when a Pym.js parent framed us, AMP-style `embed-size` messages always), only when it
 * changes, and learns the article's URL from `embed.js` (see article-url.ts).
 *
 * The height is measured from a task, never only from an animation frame or a
 * ResizeObserver: Chromium runs neither in a cross-origin frame that is off screen, and an
 * embed below the fold must be sized before the reader scrolls to it. It covers an open event
 * card, so the frame grows to the card's full height and nothing scrolls inside it.
 */
export function startEmbedChild(ctx: PageContext, chart: TimelineChart, onParentUrl: (url: string) => void): void {
  if (!ctx.framed) return;
  const origin = ctx.parentOrigin ?? '*';
  let last = 0;
  let timer = 0;

  const measure = () => {
    timer = 0;
    const body = document.body.getBoundingClientRect().bottom;
    const card = chart.cardRect();
    const height = Math.ceil(Math.max(body, card ? card.bottom + 8 : 0) + window.scrollY);
    if (height === last || !isFrameHeight(height)) return;
    last = height;
    if (ctx.pymId) window.parent.postMessage(pymHeightMessage(ctx.pymId, height), origin);
    window.parent.postMessage(ampSizeMessage(height), origin);
  };
  const schedule = () => {
    timer ||= window.setTimeout(measure, 0);
  };

  window.addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    if (origin !== '*' && e.origin !== origin) return;
    const url = readParentMessage(e.data, e.origin);
    if (url) onParentUrl(url);
    else if (isPing(e.data)) window.parent.postMessage(HELLO, origin);
    else if (ctx.pymId && parseInbound(e.data, ctx.pymId)) schedule();
  });
  window.parent.postMessage(HELLO, origin);
  // A Pym.js parent put the article's URL in our query: believed only on the origin the browser names.
  const pymUrl = trustedParentUrl(ctx.pymParentUrl, ctx.parentOrigin);
  if (pymUrl) onParentUrl(pymUrl);

  // On screen, a resize of the body is seen at once; off screen, the page's own milestones and
  // the chart's events still trigger a measure.
  new ResizeObserver(schedule).observe(document.body);
  for (const type of ['timeline-card', 'card-placed', 'card-rendered']) chart.addEventListener(type, schedule);
  document.addEventListener('DOMContentLoaded', schedule);
  window.addEventListener('load', schedule);
  window.addEventListener('resize', schedule);
  void document.fonts?.ready.then(schedule);
  schedule();
}
