import { httpUrl } from '../url/http-url';

/**
 * How the timeline learns the URL of the article that frames it, without a second load and
 * without leaking it: the frame says hello (again when `embed.js`, starting later, pings it),
 * `embed.js` answers with the article's origin, path
 * and `#timeline=` fragment (never its query), and the frame believes a URL only when its origin
 * is the one the browser vouches for (the message's origin, `location.ancestorOrigins`, the
 * referrer).
 */

/** The frame's greeting: "tell me where I am". */
export const HELLO = { type: 'timeline:hello' } as const;

/** The longest article URL the timeline accepts. */
const MAX_URL = 2048;

/** embed.js's nudge when it starts after the frame: "say hello again" (it carries nothing). */
export const PING = { type: 'timeline:ping' } as const;

const isType = (data: unknown, type: string) => typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;

/** Whether a message is the frame's greeting. */
export const isHello = (data: unknown): boolean => isType(data, HELLO.type);

/** Whether a message is embed.js's nudge. */
export const isPing = (data: unknown): boolean => isType(data, PING.type);

/**
 * What of the article's URL the timeline may know: origin, path, and the fragment when it is a
 * `#timeline=` link; no query (it may hold a session or an e-mail address) and no other fragment.
 *
 * @example shareableArticleUrl('https://news.example/a/story?session=1#timeline=2022-10') // 'https://news.example/a/story#timeline=2022-10'
 */
export function shareableArticleUrl(href: string): string | null {
  const u = httpUrl(href);
  if (!u) return null;
  const hash = /^#timeline=[^#]{1,200}$/.test(u.hash) ? u.hash : '';
  return `${u.origin}${u.pathname}${hash}`;
}

/** The answer to a greeting: the article's shareable URL. */
export function parentMessage(url: string): { type: 'timeline:parent'; url: string } {
  return { type: 'timeline:parent', url };
}

/**
 * Reads the article's answer: the URL, when the message is well formed and the URL's origin is
 * `senderOrigin` (the browser's word for who sent it); else null.
 */
export function readParentMessage(data: unknown, senderOrigin: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, url } = data as { type?: unknown; url?: unknown };
  if (type !== 'timeline:parent' || typeof url !== 'string') return null;
  return trustedParentUrl(url, senderOrigin);
}

/**
 * A parent URL the timeline may use: http(s), not too long, on the origin the browser says
 * framed us (`knownOrigin`), reduced to what `shareableArticleUrl` keeps; else null. A URL
 * handed over in the query of a page that is not framed, or framed by another origin, is never
 * believed.
 *
 * @example trustedParentUrl('https://evil.example/', 'https://news.example') // null
 */
export function trustedParentUrl(url: string | null, knownOrigin: string | null): string | null {
  if (!url || !knownOrigin || url.length > MAX_URL) return null;
  const u = httpUrl(url);
  if (!u || u.origin !== knownOrigin) return null;
  return shareableArticleUrl(u.href);
}
