import { isFrameHeight } from './messages';

/**
 * embed.js: the one script line an editor adds next to the timeline's iframe. It passes the
 * article's URL to the frame (so `#timeline=` deep links in the article work) and sizes the
 * frame from the timeline's `embed-size` messages, accepting them only from that frame.
 */
function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-timeline-embed]')];
}

for (const f of frames()) {
  try {
    const u = new URL(f.src, location.href);
    if (!u.searchParams.has('parentUrl')) {
      u.searchParams.set('parentUrl', location.href);
      f.src = u.href;
    }
  } catch {
    // A frame with an unreadable src is left alone.
  }
}

window.addEventListener('message', (e) => {
  const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
  if (!d || typeof d !== 'object' || d.sentinel !== 'amp' || d.type !== 'embed-size' || !isFrameHeight(d.height)) return;
  const f = frames().find((x) => x.contentWindow === e.source);
  if (!f) return;
  const sandboxed = f.sandbox.length > 0 && !f.sandbox.contains('allow-same-origin');
  if (e.origin !== new URL(f.src, location.href).origin && !(sandboxed && e.origin === 'null')) return;
  f.style.height = `${d.height}px`;
});
