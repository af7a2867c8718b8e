import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classicScripts } from '../../src/build/html-rewrite';
import { CSP, editionFiles, fillBody, fillPage } from '../../src/build/timeline-plugin';
import { editionData } from '../../src/build/edition-data';
import type { Translation } from '../../src/data/translation-types';
import { buildModel } from '../../src/data/timeline-model';
import type { TimelineData } from '../../src/data/types';
import { escapeHtml } from '../../src/render/html';
import { pageDescription, pageTitle, type PageKind } from '../../src/render/page-meta';
import { makeEvent, onDay } from './make-event';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const template = read('index.html');
const data = JSON.parse(read('data/events.json')) as TimelineData;
const model = buildModel(data);

const DATA_OPEN = '<script type="application/json" id="timeline-data">';
/** The text of the data script, up to the first `</script>` after it opens, as a browser reads it. */
function dataScript(html: string): string {
  const start = html.indexOf(DATA_OPEN);
  expect(start).toBeGreaterThanOrEqual(0);
  const from = start + DATA_OPEN.length;
  return html.slice(from, html.indexOf('</script>', from));
}
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const placeholders = (html: string) => [...html.matchAll(/<!--timeline:(\w+)-->/g)].map((m) => m[1]);

describe('fillBody', () => {
  const body = fillBody(template, model, data);

  it('fillBody fills the list and data placeholders and leaves the page ones', () => {
    expect(placeholders(template)).toContain('list');
    expect(placeholders(template)).toContain('data');
    expect(placeholders(body)).toEqual(placeholders(template).filter((p) => p !== 'list' && p !== 'data' && p !== 'filters'));
    expect(body).toContain('<form class="filters" role="search"');
  });

  it('fillBody lists every event in date order, each linking to ?event=', () => {
    const ids = [...body.matchAll(/<li class="event [^"]*" id="event-([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(model.events.map((e) => e.event.id));
    expect(ids).toHaveLength(data.events.length);
    for (const id of ids) expect(body).toContain(`href="./?event=${id}"`);
  });

  it('fillBody puts the list inside the list region', () => {
    const region = body.indexOf('<div class="list-scroll"');
    const list = body.indexOf('<ol class="event-list">');
    expect(region).toBeGreaterThan(0);
    expect(list).toBeGreaterThan(region);
    expect(list).toBeLessThan(body.indexOf('</div>', region));
  });

  it('fillBody writes the data as JSON that reads back the same', () => {
    expect(JSON.parse(dataScript(body))).toEqual(data);
    // Two scripts more: the data and the first view's dates.
    expect(count(body, /<script[\s>]/g)).toBe(count(template, /<script[\s>]/g) + 2);
  });

  it('fillBody writes data that a </script> in the text cannot close early', () => {
    const evil: TimelineData = {
      title: 'T',
      description: 'D',
      events: [makeEvent('evil', onDay('2022-10-06'), { summary: '</script><script>alert(1)</script><!-- </SCRIPT> \u2028 \u2029' })],
    };
    const out = fillBody(template, buildModel(evil), evil);
    expect(JSON.parse(dataScript(out))).toEqual(evil);
    expect(count(out, /<script[\s>]/gi)).toBe(count(template, /<script[\s>]/gi) + 2);
    expect(out).not.toContain('<script>alert(1)');
  });

  it('fillBody copies $-patterns in the data literally', () => {
    const dollars: TimelineData = { title: 'T', description: 'D', events: [makeEvent('dollars', onDay('2022-10-06'), { title: "$& $' $` $1 $$", summary: '$<key>' })] };
    const out = fillBody(template, buildModel(dollars), dollars);
    expect(JSON.parse(dataScript(out))).toEqual(dollars);
    expect(out).toContain("$&amp; $&#39; $` $1 $$");
  });
});

describe('fillPage', () => {
  const body = fillBody(template, model, data);
  const first = model.events[0];
  const eventPage: PageKind = { kind: 'event', item: first };
  const SITE = 'https://example.org/timeline/';

  it('fillPage fills every remaining placeholder on each kind of page, with or without CSP', () => {
    for (const page of [{ kind: 'main' }, { kind: 'embed' }, eventPage] as PageKind[]) {
      expect(placeholders(fillPage(body, data, page, { siteUrl: SITE, eventPages: true, csp: true }))).toEqual([]);
      expect(placeholders(fillPage(body, data, page))).toEqual([]);
    }
  });

  it('fillPage writes the CSP meta only when asked, in the head before any script', () => {
    const tag = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
    for (const page of [{ kind: 'main' }, { kind: 'embed' }, eventPage] as PageKind[]) {
      const out = fillPage(body, data, page, { csp: true });
      expect(count(out, /http-equiv="Content-Security-Policy"/g)).toBe(1);
      expect(out.indexOf(tag)).toBeGreaterThan(0);
      expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script'));
      expect(out.indexOf(tag)).toBeLessThan(out.indexOf('</head>'));
      expect(fillPage(body, data, page)).not.toContain('Content-Security-Policy');
    }
  });

  it('fillPage writes the escaped title, heading, description and dek', () => {
    const out = fillPage(body, data, { kind: 'main' });
    expect(out).toContain(`<title>${escapeHtml(data.title)}</title>`);
    expect(out).toContain(`<meta name="description" content="${escapeHtml(pageDescription(data, { kind: 'main' }))}" />`);
    expect(out).toContain(`<h1>${escapeHtml(data.title)}</h1>`);
    expect(out).toContain(`<p class="dek">${escapeHtml(data.description)}</p>`);
  });

  it('fillPage escapes markup and quotes in the title and description', () => {
    const odd: TimelineData = { title: 'A "quoted" <b>title</b>', description: 'Says "hi" & <i>more</i>', events: [] };
    const out = fillPage(fillBody(template, buildModel(odd), odd), odd, { kind: 'main' });
    expect(out).toContain('<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;</title>');
    expect(out).toContain('<meta name="description" content="Says &quot;hi&quot; &amp; &lt;i&gt;more&lt;/i&gt;" />');
    expect(out).not.toMatch(/<b>|<i>/);
  });

  it('fillPage titles an event page after the event and describes it by its summary', () => {
    const out = fillPage(body, data, eventPage, { siteUrl: SITE, eventPages: true });
    expect(out).toContain(`<title>${escapeHtml(pageTitle(data, eventPage))}</title>`);
    expect(out).toContain(`<meta name="description" content="${escapeHtml(pageDescription(data, eventPage))}" />`);
    // The page leads with the event: its headline is the <h1>.
    expect(out).toContain(`<h1>${escapeHtml(first.event.title)}</h1>`);
    expect(out).toContain(`<meta name="timeline:event" content="${first.event.id}" />`);
    expect(out).toContain(`<link rel="canonical" href="${SITE}events/${first.event.id}/" />`);
  });

  it('fillPage shows the focused event only on an event page, under its headline and before the chart', () => {
    const out = fillPage(body, data, eventPage);
    expect(count(out, /<section class="focus /g)).toBe(1);
    expect(out).toContain(`id="focus-event-${first.event.id}"`);
    // Under the headline and before the chart, which gives the context.
    expect(out.indexOf('<section class="focus ')).toBeGreaterThan(out.indexOf('<h1>'));
    expect(out.indexOf('<section class="focus ')).toBeLessThan(out.indexOf('<section class="chart-panel"'));
    expect(fillPage(body, data, { kind: 'main' })).not.toContain('class="focus ');
    expect(fillPage(body, data, { kind: 'embed' })).not.toContain('class="focus ');
  });

  it('fillPage puts the head tags in the head', () => {
    const out = fillPage(body, data, { kind: 'main' }, { siteUrl: SITE, eventPages: true });
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('<meta property="og:title"');
    expect(head).toContain('<meta name="timeline:event-pages" content="1" />');
    expect(head).toContain(`<link rel="canonical" href="${SITE}" />`);
  });

  it('fillPage marks the embed page\'s html element with class="embed"', () => {
    const out = fillPage(body, data, { kind: 'embed' });
    expect(count(out, /<html[\s>]/g)).toBe(1);
    expect(out).toContain('<html lang="en" class="embed">');
    expect(out).toContain('<meta name="robots" content="noindex" />');
  });

  it('fillPage leaves the html element alone on the main and event pages', () => {
    for (const page of [{ kind: 'main' }, eventPage] as PageKind[]) {
      const out = fillPage(body, data, page);
      expect(out).toContain('<html lang="en">');
      expect(out).not.toContain('class="embed"');
    }
  });

  it('fillPage does not fill placeholders written into the data', () => {
    const sneaky: TimelineData = {
      title: 'T',
      description: 'D',
      events: [makeEvent('sneaky', onDay('2022-10-06'), { title: '<!--timeline:meta-->', summary: '<!--timeline:title--> <!--timeline:focus-->' })],
    };
    const out = fillPage(fillBody(template, buildModel(sneaky), sneaky), sneaky, { kind: 'main' }, { siteUrl: SITE, eventPages: true });
    expect(JSON.parse(dataScript(out))).toEqual(sneaky);
    expect(count(out, /<title>/g)).toBe(1);
    expect(count(out, /property="og:title"/g)).toBe(1);
    expect(out).toContain('&lt;!--timeline:meta--&gt;');
  });

  it('fillPage keeps the data intact on every event page of the real data', () => {
    for (const item of model.events) {
      const out = fillPage(body, data, { kind: 'event', item }, { eventPages: true });
      expect(JSON.parse(dataScript(out))).toEqual(data);
      expect(count(out, /<title>/g)).toBe(1);
      expect(out).toContain(`<meta name="timeline:event" content="${item.event.id}" />`);
    }
  });
});

describe('the built page order', () => {
  it("puts the app's script after the chart, its data and its dates, and before the list", () => {
    // As the build does: Vite's module script in the head, then classicScripts, then fillPage.
    const viteOutput = fillBody(template, model, data).replace(/<script type="module" src="[^"]+"><\/script>/, '<script type="module" crossorigin src="./assets/index-abc.js"></script>');
    const page = fillPage(classicScripts(viteOutput), data, { kind: 'main' }, { csp: true });
    const at = (s: string) => {
      const i = page.indexOf(s);
      expect(i, s).toBeGreaterThan(0);
      return i;
    };
    const script = at('<script src="./assets/index-abc.js"></script>');
    expect(at('</timeline-chart>')).toBeLessThan(at(DATA_OPEN));
    expect(at(DATA_OPEN)).toBeLessThan(script);
    expect(at('<script type="application/json" id="timeline-dates">')).toBeLessThan(script);
    expect(script).toBeLessThan(at('<ol class="event-list"'));
    expect(page).not.toMatch(/type="module"|defer/);
  });

  it('puts a large data set\'s index script just before the app\'s script', () => {
    const viteOutput = template.replace(/<script type="module" src="[^"]+"><\/script>/, '<script type="module" crossorigin src="./assets/index-abc.js"></script>');
    const page = fillPage(classicScripts(viteOutput), data, { kind: 'main' }, { dataScript: 'assets/index-data.js' });
    expect(page).toContain('<script src="./assets/index-data.js"></script><script src="./assets/index-abc.js"></script>');
  });
});

describe('fillPage and editionFiles for the editions', () => {
  const fa = JSON.parse(read('data/events.fa.json')) as Translation;
  const ed = editionData('fa', data, model, fa);
  const editions = { edition: 'fa' as const, editions: ['en', 'fa'] as const };
  const body = fillBody(template, ed.model, ed.data, false, ed);

  it('fillPage writes an edition\'s lang and dir, embed class included, and fills every placeholder', () => {
    for (const page of [{ kind: 'main' }, { kind: 'embed' }, { kind: 'event', item: ed.model.events[0] }] as PageKind[]) {
      const out = fillPage(body, ed.data, page, { edition: editions, local: ed, csp: true });
      expect(placeholders(out)).toEqual([]);
      expect(count(out, /<html[\s>]/g)).toBe(1);
      expect(out).toContain(page.kind === 'embed' ? '<html lang="fa" dir="rtl" class="embed">' : '<html lang="fa" dir="rtl">');
      expect(out).toContain('<p class="translated-note">');
    }
  });

  it('fillBody writes an edition\'s data, its edition JSON and no catalogue while there is none', () => {
    expect(JSON.parse(dataScript(body))).toEqual(ed.data);
    expect(body).toContain('<script type="application/json" id="timeline-edition">');
    expect(fillBody(template, model, data)).not.toContain('timeline-edition');
  });

  it('editionFiles writes every page of an edition under its prefix, and English at the root', () => {
    const opts = { large: false, eventPages: true, cards: false, editions: ['en', 'fa'] as const };
    const names = (files: { fileName: string }[]) => files.map((f) => f.fileName).filter((n) => n.endsWith('.html')).sort();
    const en = names(editionFiles(editionData('en', data, model), template, opts));
    const faFiles = names(editionFiles(ed, template, opts));
    expect(faFiles).toEqual(en.map((n) => `fa/${n}`).sort());
    expect(en).toContain('index.html');
    expect(en.length).toBe(4 + 2 * data.events.length);
  });
});
