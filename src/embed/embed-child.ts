import type { TimelineChart } from '../components/timeline-chart';
import type { PageContext } from '../app/page-context';
import { ampSizeMessage, isFrameHeight, parseInbound, pymHeightMessage, targetOrigin } from './messages';

/**
 * Inside a frame: tells the embedding page the timeline's height (Pym.js `height` messages
 * when a Pym.js parent framed us, AMP-style `embed-size` messages always), only when it
 * changes, at most once a frame. The height covers a pinned tooltip so nothing is cut off.
 * Inbound messages are validated and can only trigger a re-measure.
 */
export function startEmbedChild(ctx: PageContext, chart: TimelineChart): void {
  if (!ctx.framed) return;
  const origin = targetOrigin(ctx.parentUrl);
  let last = 0;
  let frame = 0;

  const measure = () => {
    frame = 0;
    const body = document.body.getBoundingClientRect().bottom;
    const tip = chart.tooltipRect();
    const height = Math.ceil(Math.max(body, tip ? tip.bottom + 8 : 0) + window.scrollY);
    if (height === last || !isFrameHeight(height)) return;
    last = height;
    if (ctx.pymId) window.parent.postMessage(pymHeightMessage(ctx.pymId, height), origin);
    window.parent.postMessage(ampSizeMessage(height), origin);
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(measure);
  };

  new ResizeObserver(schedule).observe(document.body);
  for (const type of ['timeline-tooltip', 'tooltip-placed']) chart.addEventListener(type, schedule);
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || !ctx.pymId) return;
    if (origin !== '*' && e.origin !== origin) return;
    if (parseInbound(e.data, ctx.pymId)) schedule();
  });
  schedule();
}
