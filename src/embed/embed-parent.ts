import { isFrameHeight } from './messages';
import { PING, isHello, parentMessage, shareableArticleUrl } from './article-url';

/**
 * embed.js: the one script line an editor adds next to the timeline's iframe. It sizes each
 * timeline frame from its `embed-size` messages, and tells a frame that asks (its hello) the
 * article's URL, reduced to origin, path and `#timeline=` fragment, so links in the article
 * open the timeline there. It never touches the frame's `src`: each embed loads once.
 *
 * A frame is known by its window (`e.source`), not by the origin its `src` names, so a frame
 * reached through a redirect (apex to www, http to https) is still sized; its messages must then
 * come from the origin it really has (or from an opaque, sandboxed one).
 */
function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-timeline-embed]')];
}

/** The origin to answer a frame at: its own, or any for a sandboxed frame (whose origin is opaque). */
function answerOrigin(origin: string): string {
  return origin === 'null' ? '*' : origin;
}

function tell(f: HTMLIFrameElement, origin: string): void {
  const url = shareableArticleUrl(location.href);
  if (url && f.contentWindow) f.contentWindow.postMessage(parentMessage(url), answerOrigin(origin));
}

/** Frames that said hello, with the origin they said it from: told again when the article's fragment changes. */
const greeted = new Map<HTMLIFrameElement, string>();

window.addEventListener('message', (e) => {
  const f = frames().find((x) => x.contentWindow === e.source);
  if (!f) return;
  if (isHello(e.data)) {
    greeted.set(f, e.origin);
    tell(f, e.origin);
    return;
  }
  const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
  if (!d || typeof d !== 'object' || d.sentinel !== 'amp' || d.type !== 'embed-size' || !isFrameHeight(d.height)) return;
  // Only a frame that greeted us from this origin (or has not greeted yet) resizes itself.
  const from = greeted.get(f);
  if (from !== undefined && from !== e.origin) return;
  f.style.height = `${d.height}px`;
});

window.addEventListener('hashchange', () => {
  for (const [f, origin] of greeted) tell(f, origin);
});

// A frame that loaded before this script said hello to nobody: ask it again.
for (const f of frames()) f.contentWindow?.postMessage(PING, '*');
