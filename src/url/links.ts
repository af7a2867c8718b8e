import { httpUrl } from './http-url';
import type { PageContext } from '../app/page-context';
import type { ViewRequest } from './view-request';
import { writeFragment, writeView } from './view-link';

/** Every query parameter that says what the timeline shows. */
const VIEW_KEYS = ['event', 'date', 'from', 'to', 'kind', 'actor', 'outlet', 'q', 'lanes'];

/** A page URL with its timeline view replaced by `view` (other parameters, such as `embed` or `theme`, kept). */
export function withView(href: string, view: ViewRequest): string {
  const u = new URL(href);
  for (const k of VIEW_KEYS) u.searchParams.delete(k);
  for (const [k, v] of new URLSearchParams(writeView(view))) u.searchParams.append(k, v);
  u.search = u.searchParams.toString().replace(/\+/g, '%20');
  if (/^#?timeline=/.test(u.hash)) u.hash = '';
  return u.href;
}

/**
 * The link "Copy link to this view" gives: the timeline's page with the view in its query; in an
 * embed, the article's URL with the view after `#timeline=` (when that URL is http(s)).
 */
export function viewLink(view: ViewRequest, ctx: Pick<PageContext, 'rootUrl' | 'embed' | 'parentUrl'>): string {
  const standalone = withView(ctx.rootUrl, view);
  const article = ctx.embed && ctx.parentUrl && ctx.parentUrl.length <= 2048 ? httpUrl(ctx.parentUrl) : null;
  if (!article) return standalone;
  article.hash = writeFragment(view);
  return article.href;
}

/**
 * The canonical link to an event: its own page (`events/<id>/`), resolved against the site's
 * root, or the main page with `?event=` where the site has no event pages.
 */
export function eventLink(id: string, rootUrl: string, hasEventPages: boolean): string {
  return hasEventPages ? new URL(`events/${encodeURIComponent(id)}/`, rootUrl).href : withEvent(rootUrl, id);
}

/** A page URL with its timeline view replaced by `?event=<id>` (other parameters kept). */
export function withEvent(href: string, id: string | null): string {
  return withView(href, id ? { event: id } : {});
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
