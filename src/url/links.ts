import { httpUrl } from './http-url';
import type { PageContext } from '../app/page-context';

/**
 * The canonical link to an event: its own page (`events/<id>/`), resolved against the site's
 * root, or the main page with `?event=` where the site has no event pages.
 */
export function eventLink(id: string, rootUrl: string, hasEventPages: boolean): string {
  return hasEventPages ? new URL(`events/${encodeURIComponent(id)}/`, rootUrl).href : withEvent(rootUrl, id);
}

/** A page URL with its timeline state replaced by `?event=<id>` (other parameters kept). */
export function withEvent(href: string, id: string | null): string {
  const u = new URL(href);
  for (const k of ['event', 'date', 'from', 'to']) u.searchParams.delete(k);
  if (id) u.searchParams.set('event', id);
  if (/^#?timeline=/.test(u.hash)) u.hash = '';
  return u.href;
}

/**
 * Inside an embed, the link to an event is the embedding article's URL with a `#timeline=`
 * fragment, but only when that URL is http(s); otherwise null (use the standalone link).
 */
export function articleLink(parentUrl: string | null, id: string): string | null {
  const u = parentUrl && parentUrl.length <= 2048 ? httpUrl(parentUrl) : null;
  if (!u) return null;
  u.hash = `timeline=${encodeURIComponent(id)}`;
  return u.href;
}

/** The link "Copy link" gives for an event: in an embed, the article's URL with `#timeline=`; else the event's own page. */
export function shareLink(id: string, ctx: Pick<PageContext, 'rootUrl' | 'hasEventPages' | 'embed' | 'parentUrl'>): string {
  const standalone = eventLink(id, ctx.rootUrl, ctx.hasEventPages);
  return ctx.embed ? (articleLink(ctx.parentUrl, id) ?? standalone) : standalone;
}
