import { describe, expect, it } from 'vitest';
import { buildModel, type ChartEvent } from '../../src/data/timeline-model';
import type { TimelineData, TimelineEvent } from '../../src/data/types';
import { renderEventList } from '../../src/render/event-list';
import { pageDek, pageDescription, pageHeading, pagePath, pageTitle, renderFocus, renderMeta, renderSitemap, type PageKind } from '../../src/render/page-meta';
import { makeEvent, onDay } from './make-event';
import { cardAlt } from '../../src/build/share-card/card-page';

const data: TimelineData = {
  title: 'Drones & missiles: "what was reported" <2022>',
  description: 'What officials reported about drones & missiles.',
  events: [
    makeEvent('2022-10-06-moscow-agreement', onDay('2022-10-06'), { title: 'A "deal" <b>signed</b> & sealed', summary: 'Officials <i>agree</i> & "sign".' }),
    makeEvent('2022-08-deliveries', { precision: 'month', month: '2022-08' }),
  ],
};
const model = buildModel(data);
const item = (id: string): ChartEvent<TimelineEvent> => {
  const e = model.byId.get(id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const main: PageKind = { kind: 'main' };
const embed: PageKind = { kind: 'embed' };
const eventPage: PageKind = { kind: 'event', item: item('2022-10-06-moscow-agreement') };
const SITE = 'https://example.org/timeline/';

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The tags of a given name (`meta`, `link`) as attribute maps, decoded. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\s([^>]*?)\\s*/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])])),
  );
}
/** The content of `<meta property|name="key">`, or undefined; fails if it appears twice. */
function meta(html: string, key: string): string | undefined {
  const found = tags(html, 'meta').filter((t) => t.property === key || t.name === key);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.content;
}
const canonical = (html: string) => tags(html, 'link').find((t) => t.rel === 'canonical')?.href;

describe('pagePath', () => {
  it('pagePath gives the root for the main page, embed.html for the embed and events/<id>/ for an event', () => {
    expect(pagePath(main)).toBe('');
    expect(pagePath(embed)).toBe('embed.html');
    expect(pagePath(eventPage)).toBe('events/2022-10-06-moscow-agreement/');
  });
});

describe('pageTitle', () => {
  it('pageTitle is the timeline\'s title on the main and embed pages', () => {
    expect(pageTitle(data, main)).toBe(data.title);
    expect(pageTitle(data, embed)).toBe(data.title);
  });

  it('pageTitle is the event\'s title and its UTC calendar date on an event page', () => {
    // Read in local time, midnight UTC on 6 October is still 5 October in New York.
    expect(pageTitle(data, eventPage)).toBe('A "deal" <b>signed</b> & sealed – 6 October 2022');
    expect(pageTitle(data, { kind: 'event', item: item('2022-08-deliveries') })).toBe('Title of 2022-08-deliveries – August 2022');
  });

  it('pageTitle clips a long event title to 90 characters before the date', () => {
    const long = buildModel({ events: [makeEvent('long', onDay('2022-10-06'), { title: `${'word '.repeat(40)}end` })] }).events[0];
    const title = pageTitle(data, { kind: 'event', item: long });
    const [head, date] = title.split(' – ');
    expect(date).toBe('6 October 2022');
    expect(head.length).toBeLessThanOrEqual(90);
    expect(head.endsWith('…')).toBe(true);
    expect(head).not.toMatch(/\s…$/);
    expect(long.event.title.startsWith(head.slice(0, -1))).toBe(true);
  });
});

describe('pageDescription', () => {
  it('pageDescription is the timeline\'s description, or the event\'s summary on its page', () => {
    expect(pageDescription(data, main)).toBe(data.description);
    expect(pageDescription(data, embed)).toBe(data.description);
    expect(pageDescription(data, eventPage)).toBe('Officials <i>agree</i> & "sign".');
  });

  it('pageDescription clips a long text to 300 characters with an ellipsis', () => {
    const long = { ...data, description: 'x'.repeat(1000) };
    const d = pageDescription(long, main);
    expect(d).toHaveLength(300);
    expect(d).toBe(`${'x'.repeat(299)}…`);
  });

  it('pageDescription leaves a text of exactly 300 characters whole', () => {
    expect(pageDescription({ ...data, description: 'y'.repeat(300) }, main)).toBe('y'.repeat(300));
  });
});

describe('renderMeta', () => {
  it('renderMeta writes the Open Graph and Twitter tags, escaped', () => {
    const out = renderMeta(data, main, SITE, true).value;
    expect(meta(out, 'og:type')).toBe('website');
    expect(meta(out, 'og:title')).toBe(data.title);
    expect(meta(out, 'og:description')).toBe(data.description);
    expect(meta(out, 'og:site_name')).toBe(data.title);
    expect(meta(out, 'twitter:card')).toBe('summary');
    expect(meta(out, 'twitter:title')).toBe(data.title);
    expect(meta(out, 'twitter:description')).toBe(data.description);
    expect(out).not.toContain('<2022>');
    expect(out).toContain('&lt;2022&gt;');
  });

  it('renderMeta describes an event page as an article about that event, escaped', () => {
    const out = renderMeta(data, eventPage, SITE, true).value;
    expect(meta(out, 'og:type')).toBe('article');
    expect(meta(out, 'og:title')).toBe(pageTitle(data, eventPage));
    expect(meta(out, 'og:description')).toBe('Officials <i>agree</i> & "sign".');
    expect(out).not.toMatch(/<b>|<i>/);
    expect(meta(out, 'timeline:event')).toBe('2022-10-06-moscow-agreement');
  });

  it('renderMeta writes canonical and og:url only when it knows the site URL', () => {
    const withSite = renderMeta(data, main, SITE, true).value;
    expect(canonical(withSite)).toBe(SITE);
    expect(meta(withSite, 'og:url')).toBe(SITE);
    const without = renderMeta(data, main, undefined, true).value;
    expect(canonical(without)).toBeUndefined();
    expect(meta(without, 'og:url')).toBeUndefined();
    expect(without).not.toContain('https://');
  });

  it('renderMeta gives an event page its own absolute canonical URL', () => {
    const out = renderMeta(data, eventPage, SITE, true).value;
    expect(canonical(out)).toBe('https://example.org/timeline/events/2022-10-06-moscow-agreement/');
    expect(meta(out, 'og:url')).toBe('https://example.org/timeline/events/2022-10-06-moscow-agreement/');
  });

  it('renderMeta never writes canonical or og:url on the embed page', () => {
    const out = renderMeta(data, embed, SITE, true).value;
    expect(canonical(out)).toBeUndefined();
    expect(meta(out, 'og:url')).toBeUndefined();
  });

  it('renderMeta keeps the embed page out of search results and marks it as the embed', () => {
    const out = renderMeta(data, embed, SITE, true).value;
    expect(meta(out, 'robots')).toBe('noindex');
    expect(meta(out, 'timeline:embed')).toBe('1');
    for (const page of [main, eventPage]) {
      expect(meta(renderMeta(data, page, SITE, true).value, 'robots')).toBeUndefined();
      expect(meta(renderMeta(data, page, SITE, true).value, 'timeline:embed')).toBeUndefined();
    }
  });

  it('renderMeta names the event only on event pages', () => {
    expect(meta(renderMeta(data, main, SITE, true).value, 'timeline:event')).toBeUndefined();
    expect(meta(renderMeta(data, embed, SITE, true).value, 'timeline:event')).toBeUndefined();
  });

  it('renderMeta names the share card as a large image, by absolute URL, with its size and alt text, when the build wrote cards', () => {
    for (const [page, path] of [[main, 'cards/timeline.png'], [eventPage, 'cards/events/2022-10-06-moscow-agreement.png']] as const) {
      const out = renderMeta(data, page, SITE, true, true).value;
      const url = `${SITE}${path}`;
      expect(meta(out, 'og:image')).toBe(url);
      expect(meta(out, 'twitter:image')).toBe(url);
      expect(meta(out, 'twitter:card')).toBe('summary_large_image');
      expect(meta(out, 'og:image:type')).toBe('image/png');
      expect([meta(out, 'og:image:width'), meta(out, 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta(out, 'og:image:alt')).toBe(cardAlt(data, page));
      expect(meta(out, 'twitter:image:alt')).toBe(cardAlt(data, page));
    }
    // The alt text is data: escaped like the rest.
    expect(renderMeta(data, eventPage, SITE, true, true).value).not.toContain('<b>');
  });

  it('renderMeta names no image without cards, without the site URL, or on the embed page', () => {
    for (const out of [renderMeta(data, main, SITE, true).value, renderMeta(data, main, undefined, true, true).value, renderMeta(data, embed, SITE, true, true).value]) {
      expect(meta(out, 'og:image')).toBeUndefined();
      expect(meta(out, 'twitter:image')).toBeUndefined();
      expect(meta(out, 'twitter:card')).toBe('summary');
    }
  });

  it('renderMeta says the site has event pages only when it does', () => {
    for (const page of [main, embed, eventPage]) {
      expect(meta(renderMeta(data, page, SITE, true).value, 'timeline:event-pages')).toBe('1');
      expect(meta(renderMeta(data, page, SITE, false).value, 'timeline:event-pages')).toBeUndefined();
    }
  });
});

describe('renderFocus', () => {
  it('renderFocus writes nothing on the main and embed pages', () => {
    expect(String(renderFocus(main))).toBe('');
    expect(String(renderFocus(embed))).toBe('');
  });

  it("renderFocus shows the event's record on its own page, escaped, without repeating its headline, with a link back to the timeline", () => {
    const out = String(renderFocus(eventPage));
    expect(out).toContain('data-id="2022-10-06-moscow-agreement"');
    expect(out).toContain('Officials &lt;i&gt;agree&lt;/i&gt; &amp; &quot;sign&quot;.');
    expect(out).not.toContain('<i>');
    // The headline is the page's <h1> (pageHeading), not repeated here.
    expect(out).not.toContain('deal');
    expect(out).not.toMatch(/<h[1-6]/);
    expect(out).toContain('<a class="back" href="./">');
  });

  it('renderFocus uses element ids that do not clash with the list', () => {
    const focus = String(renderFocus(eventPage));
    const list = renderEventList(model.events, (id) => `./?event=${id}`).value;
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids(focus)).toEqual(['focus-event-2022-10-06-moscow-agreement']);
    expect(ids(focus).filter((id) => ids(list).includes(id))).toEqual([]);
  });
});

describe('pageHeading and pageDek', () => {
  it("pageHeading is the event's headline on its page and the timeline's title elsewhere", () => {
    expect(pageHeading(data, eventPage)).toBe(eventPage.kind === 'event' ? eventPage.item.event.title : '');
    expect(pageHeading(data, main)).toBe(data.title);
  });

  it('pageDek says which timeline an event belongs to', () => {
    const dek = pageDek(data, eventPage);
    expect(dek).toMatch(/^An event in the timeline “/);
    expect(dek).toContain(data.title);
    expect(pageDek(data, main)).toBe(data.description);
  });
});

describe('renderSitemap', () => {
  it('renderSitemap starts with an XML declaration and a sitemap urlset', () => {
    const xml = renderSitemap(SITE, model.events);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('renderSitemap lists the main page and every event page as absolute URLs', () => {
    const locs = [...renderSitemap(SITE, model.events).matchAll(/<url><loc>([^<]*)<\/loc><\/url>/g)].map((m) => m[1]);
    expect(locs).toEqual([SITE, `${SITE}events/2022-08-deliveries/`, `${SITE}events/2022-10-06-moscow-agreement/`]);
  });

  it('renderSitemap lists only the main page when there are no event pages', () => {
    const locs = [...renderSitemap(SITE, []).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([SITE]);
  });

  it('renderSitemap escapes & in URLs', () => {
    const xml = renderSitemap('https://example.org/a&b/', model.events);
    expect(xml).toContain('<loc>https://example.org/a&amp;b/</loc>');
    expect(xml).not.toMatch(/&(?!amp;)/);
  });
});
