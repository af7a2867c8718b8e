import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITION_DIRECTIONS, EDITION_NAMES, editionPrefix, linkBetween } from '../../src/render/edition-pages';
import { languageSwitchFor, renderLanguageSwitch } from '../../src/render/language-switch';
import { renderAlternates, renderMeta, renderSitemap } from '../../src/render/page-meta';
import { relocate } from '../../src/build/html-rewrite';
import { buildModel } from '../../src/data/timeline-model';
import { EDITIONS, type Edition } from '../../src/time/locale-dates';
import { makeEvent, onDay } from './make-event';

/** The attributes of every `<tag …>` in `html`. */
function attrsOf(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))].map((m) => Object.fromEntries([...(m[1] ?? '').matchAll(/\s([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

const SITE = 'https://example.org/t/';
const edition = fc.constantFrom(...EDITIONS);
/** A page's path from its edition's root, as pagePath writes them. */
const pagePath = fc.oneof(fc.constant(''), fc.constant('embed.html'), fc.constant('corrections/'), fc.constant('method/'), fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).map((id) => `events/${id}/`));

describe('linkBetween', () => {
  it('linkBetween leads from any page of any edition to any other, resolved as a browser does', () => {
    fc.assert(
      fc.property(edition, pagePath, edition, pagePath, (e1, p1, e2, p2) => {
        const from = editionPrefix(e1) + p1;
        const to = editionPrefix(e2) + p2;
        expect(new URL(linkBetween(from, to), new URL(from, SITE)).href).toBe(new URL(to, SITE).href);
      }),
    );
  });

  it('linkBetween starts with ./ only on a page at the root, so relocate never moves it', () => {
    fc.assert(
      fc.property(edition, pagePath, edition, pagePath, (e1, p1, e2, p2) => {
        const from = editionPrefix(e1) + p1;
        const link = linkBetween(from, editionPrefix(e2) + p2);
        const html = `<a href="${link}">`;
        if (from.includes('/')) expect(relocate(html, '../../', '../../../')).toBe(html);
        else expect(link.startsWith('./')).toBe(true);
      }),
    );
  });
});

describe('editions', () => {
  it('every edition has a name in its own language and a direction; only Persian is right to left', () => {
    for (const e of EDITIONS) expect(EDITION_NAMES[e].length).toBeGreaterThan(0);
    expect(EDITIONS.filter((e) => EDITION_DIRECTIONS[e] === 'rtl')).toEqual(['fa']);
    expect(EDITIONS.map(editionPrefix)).toEqual(['', 'fa/', 'ru/', 'uk/']);
  });
});

describe('renderLanguageSwitch', () => {
  it('renderLanguageSwitch writes nothing for one edition', () => {
    expect(renderLanguageSwitch('en', [{ edition: 'en', href: './' }])).toBe('');
    expect(languageSwitchFor('', 'en', ['en'])).toBe('');
  });

  it('renderLanguageSwitch links every edition in its own language, the current one marked as the page', () => {
    const out = String(languageSwitchFor('events/x/', 'ru', EDITIONS));
    const links = attrsOf(out, 'a');
    expect(links.map((a) => a.hreflang)).toEqual([...EDITIONS]);
    for (const a of links) {
      expect(a.lang).toBe(a.hreflang);
      expect(a['aria-current']).toBe(a.hreflang === 'ru' ? 'page' : undefined);
      expect(new URL(a.href, new URL('ru/events/x/', SITE)).href).toBe(new URL(`${editionPrefix(a.hreflang as Edition)}events/x/`, SITE).href);
    }
    for (const e of EDITIONS) expect(out).toContain(`>${EDITION_NAMES[e]}</a>`);
    expect(out).toMatch(/^<nav class="language-switch" aria-label="[^"]+">/);
  });
});

describe('renderAlternates', () => {
  it('renderAlternates writes nothing for one edition', () => {
    expect(renderAlternates('', ['en'], SITE)).toBe('');
  });

  it('renderAlternates names the page in every edition and x-default as the English page, absolute with the site URL', () => {
    const links = attrsOf(String(renderAlternates('events/x/', ['en', 'fa', 'uk'], SITE)), 'link');
    expect(links.map((l) => [l.hreflang, l.href])).toEqual([
      ['en', `${SITE}events/x/`],
      ['fa', `${SITE}fa/events/x/`],
      ['uk', `${SITE}uk/events/x/`],
      ['x-default', `${SITE}events/x/`],
    ]);
  });

  it('renderAlternates writes nothing without a site URL: hreflang alternates must be absolute (the switch still links the editions)', () => {
    fc.assert(
      fc.property(pagePath, (path) => {
        expect(renderAlternates(path, EDITIONS)).toBe('');
      }),
    );
  });
});

describe('renderSitemap with editions', () => {
  const model = buildModel({ events: [makeEvent('a-b', onDay('2022-10-06')), makeEvent('c', onDay('2022-10-07'))] });

  it('renderSitemap with one edition writes no alternates', () => {
    expect(renderSitemap(SITE, model.events, ['en'])).not.toContain('xhtml');
    expect(renderSitemap(SITE, model.events, ['en'])).toBe(renderSitemap(SITE, model.events));
  });

  it('renderSitemap lists every page in every edition, each with every edition and x-default as xhtml:link alternates', () => {
    const xml = renderSitemap(SITE, model.events, ['en', 'fa']);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = [...xml.matchAll(/<url><loc>([^<]*)<\/loc>([\s\S]*?)<\/url>/g)];
    const paths = ['', 'events/a-b/', 'events/c/'];
    expect(urls.map((u) => u[1])).toEqual([...paths.map((p) => SITE + p), ...paths.map((p) => `${SITE}fa/${p}`)]);
    for (const [, loc, body] of urls) {
      const path = loc.replace(SITE, '').replace(/^fa\//, '');
      const alts = [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(alts).toEqual([['en', SITE + path], ['fa', `${SITE}fa/${path}`], ['x-default', SITE + path]]);
    }
  });
});

describe('relocate with shared assets', () => {
  it('relocate moves links within the edition by prefix and shared assets and data files by shared', () => {
    const page = '<link href="./assets/a.css"><a href="./events.json">j</a><a href="./events.csv">c</a><a href="./corrections/">x</a><a href="./?event=e">e</a><a href="./events/e/">e</a>';
    expect(relocate(page, './', '../')).toBe('<link href="../assets/a.css"><a href="../events.json">j</a><a href="../events.csv">c</a><a href="./corrections/">x</a><a href="./?event=e">e</a><a href="./events/e/">e</a>');
    expect(relocate(page, '../../')).toBe(page.replace(/\.\//g, '../../'));
  });
});

describe('renderMeta in an edition', () => {
  it('renderMeta gives an edition\'s page its own canonical URL, under its prefix', () => {
    const model = buildModel({ events: [makeEvent('a-b', onDay('2022-10-06'))] });
    const data = { title: 'T', description: 'D', events: model.events.map((c) => c.event) };
    for (const e of EDITIONS) {
      const main = String(renderMeta(data, { kind: 'main' }, SITE, true, false, e));
      const event = String(renderMeta(data, { kind: 'event', item: model.events[0] }, SITE, true, false, e));
      expect(main).toContain(`<link rel="canonical" href="${SITE}${editionPrefix(e)}" />`);
      expect(event).toContain(`<link rel="canonical" href="${SITE}${editionPrefix(e)}events/a-b/" />`);
    }
  });
});
