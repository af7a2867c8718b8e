import type { ChartEvent } from '../data/timeline-model';
import type { TimelineData, TimelineEvent } from '../data/types';
import { formatEventDate } from '../time/date-label';
import { html, type Raw } from './html';
import { msg, str } from '../i18n/msg';
import { correctedMark, eventBodyMarkup, type EventEdition } from './event-markup';
import { kindLabel } from '../chart/kinds';
import { dateTimeAttr } from '../time/date-label';
import { cardAlt, cardPath } from '../build/share-card/card-page';
import { CARD_HEIGHT, CARD_WIDTH } from '../build/share-card/card-size';
import type { Edition } from '../time/locale-dates';
import { editionPrefix } from './edition-pages';

/** Which page of the site is being written. */
export type PageKind = { kind: 'main' } | { kind: 'embed' } | { kind: 'event'; item: ChartEvent<TimelineEvent> };

/** The path of a page from the site's root, e.g. `events/2022-10-06-moscow-agreement/`. */
export function pagePath(page: PageKind): string {
  return page.kind === 'event' ? `events/${page.item.event.id}/` : page.kind === 'embed' ? 'embed.html' : '';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The page's `<title>` text. */
export function pageTitle(data: TimelineData, page: PageKind): string {
  return page.kind === 'event' ? `${clip(page.item.event.title, 90)} – ${formatEventDate(page.item.event.date)}` : data.title;
}

/** The page's description, for search results and link previews. */
export function pageDescription(data: TimelineData, page: PageKind): string {
  return clip(page.kind === 'event' ? page.item.event.summary : data.description, 300);
}

/**
 * The head tags that make a link to the page preview well: canonical URL and Open Graph /
 * Twitter card. Absolute URLs need the site's address (`siteUrl`); without it they are left out.
 * With `cards` (the build wrote the share cards) the main and event pages name their card as
 * a large image. An edition's page (`edition`) has its own canonical URL, under its prefix.
 */
export function renderMeta(data: TimelineData, page: PageKind, siteUrl: string | undefined, eventPages: boolean, cards = false, edition: Edition = 'en', dateLabels: Readonly<Record<string, string>> = {}): Raw {
  const title = pageTitle(data, page);
  const description = pageDescription(data, page);
  const url = siteUrl ? new URL(editionPrefix(edition) + pagePath(page), siteUrl).href : undefined;
  // Each edition's own card, in its language and calendar.
  const card = cards && siteUrl ? cardPath(page, edition) : undefined;
  const image = card ? { url: new URL(card, siteUrl).href, alt: cardAlt(data, page, edition, page.kind === 'event' ? dateLabels[page.item.event.id] : undefined) } : undefined;
  return html`<meta property="og:type" content="${page.kind === 'event' ? 'article' : 'website'}" />
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:site_name" content="${data.title}" />
    <meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}" />
    <meta name="twitter:title" content="${title}" />
    <meta name="twitter:description" content="${description}" />
    ${eventPages ? html`<meta name="timeline:event-pages" content="1" />` : ''}
    ${page.kind === 'event' ? html`<meta name="timeline:event" content="${page.item.event.id}" />` : ''}
    ${page.kind === 'embed' ? html`<meta name="timeline:embed" content="1" /><meta name="robots" content="noindex" />` : ''}
    ${image ? html`<meta property="og:image" content="${image.url}" />
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content="${String(CARD_WIDTH)}" />
    <meta property="og:image:height" content="${String(CARD_HEIGHT)}" />
    <meta property="og:image:alt" content="${image.alt}" />
    <meta name="twitter:image" content="${image.url}" />
    <meta name="twitter:image:alt" content="${image.alt}" />` : ''}
    ${url && page.kind !== 'embed' ? html`<link rel="canonical" href="${url}" /><meta property="og:url" content="${url}" />` : ''}`;
}

/** The page's `<h1>`: the event's own headline on its page, else the timeline's title. */
export function pageHeading(data: TimelineData, page: PageKind): string {
  return page.kind === 'event' ? page.item.event.title : data.title;
}

/** The line under the `<h1>`: on an event's page, which timeline it belongs to (its record, just below, says what and when). */
export function pageDek(data: TimelineData, page: PageKind): string {
  return page.kind === 'event' ? msg(str`An event in the timeline “${data.title}”.`, { id: 'page.event.dek' }) : data.description;
}

/**
 * On an event's own page: the event's record, once, readable before any script runs, under its
 * headline (the page's `<h1>`) and above the timeline, which gives the context. `local`: how
 * an edition other than English shows it (its date, the texts left in English).
 */
export function renderFocus(page: PageKind, local?: EventEdition): Raw | '' {
  if (page.kind !== 'event') return '';
  const e = page.item.event;
  return html`<section class="focus event kind-${e.kind}" id="focus-event-${e.id}" data-id="${e.id}" aria-label="${msg('The event', { id: 'page.event.focus' })}">
<p class="meta"><span class="kind">${kindLabel(e.kind)}</span> · <time datetime="${dateTimeAttr(e.date)}">${local?.date ?? formatEventDate(e.date)}</time>${correctedMark(html, e)}</p>
${eventBodyMarkup(html, e, false, local)}
<p class="actions"><button type="button" class="copy-link" data-id="${e.id}">${msg('Copy link', { id: 'card.copy' })}<span class="visually-hidden"> ${msg('to this event', { id: 'card.copy.hidden' })}</span></button> <a class="back" href="./">${msg('See the whole timeline', { id: 'page.event.back' })}</a></p>
</section>`;
}

/**
 * The `<link rel="alternate" hreflang>` tags of a page (`path`, from its edition's root, as
 * `pagePath` gives it) that exists in several editions: one for each edition, the one it is in
 * included, and `x-default` for the English page. Only with the site's address (`SITE_URL`):
 * hreflang alternates must be absolute URLs (search engines, and Lighthouse's SEO audit, reject
 * relative ones); without it the language switch still links the editions. Nothing when there is
 * one edition.
 */
export function renderAlternates(path: string, editions: readonly Edition[], siteUrl?: string): Raw | '' {
  if (editions.length < 2 || !siteUrl) return '';
  const href = (e: Edition) => new URL(editionPrefix(e) + path, siteUrl).href;
  return html`${editions.map((e) => html`<link rel="alternate" hreflang="${e}" href="${href(e)}" />`)}<link rel="alternate" hreflang="x-default" href="${href('en')}" />`;
}

const xml = (url: string) => url.replace(/&/g, '&amp;');

/**
 * `sitemap.xml` for the main page and every event page, in every edition; with several editions
 * each URL lists the others (and `x-default`, the English page) as `xhtml:link` alternates.
 */
export function renderSitemap(siteUrl: string, events: readonly ChartEvent<TimelineEvent>[], editions: readonly Edition[] = ['en']): string {
  const paths = ['', ...events.map((e) => pagePath({ kind: 'event', item: e }))];
  const url = (e: Edition, p: string) => xml(new URL(editionPrefix(e) + p, siteUrl).href);
  if (editions.length < 2) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
      .map((p) => `  <url><loc>${url('en', p)}</loc></url>`)
      .join('\n')}\n</urlset>\n`;
  }
  const alternates = (p: string) => [...editions.map((e) => [e, url(e, p)]), ['x-default', url('en', p)]].map(([lang, href]) => `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${editions
    .flatMap((e) => paths.map((p) => `  <url><loc>${url(e, p)}</loc>${alternates(p)}\n  </url>`))
    .join('\n')}\n</urlset>\n`;
}
