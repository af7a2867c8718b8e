// `npm run shots`: screenshots of the built site (dist/) in its standard states, for people to
// look at. It writes PNGs and a geometry report (shots.json: page height, card boxes, frame
// heights) into test/.shots/ (ignored by git). The README screenshot is copied from it.
//
//   node test/shots/shots.mjs [--only name,name]
//
// The site is served on 127.0.0.1 and a test article on localhost, so the embed is framed by a
// page on another origin, ~1,500 px below the fold, as an editor would place it.

import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { articlePage } from './article.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test/.shots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const EVENT = '2022-10-17-kyiv-drone-strikes';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(2);
}
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
mkdirSync(OUT, { recursive: true });

const server = await serveStatic({ mounts: { '/': DIST }, redirectDirs: true, aliases: {} });
const SITE = server.origin + '/';
const ARTICLE_ORIGIN = `http://localhost:${server.port}`;
const articleFile = join(OUT, 'article.html');
const articleDark = join(OUT, 'article-dark.html');
writeFileSync(articleFile, articlePage(`${SITE}embed.html`, `${SITE}embed.js`));
writeFileSync(articleDark, articlePage(`${SITE}embed.html`, `${SITE}embed.js`, { dark: true }));
const articleFa = join(OUT, 'article-fa.html');
writeFileSync(articleFa, articlePage(`${SITE}fa/embed.html`, `${SITE}embed.js`, { rtl: true }));
const articleServer = await serveStatic({ mounts: {}, aliases: { '/article.html': articleFile, '/article-dark.html': articleDark, '/article-fa.html': articleFa } });
const ARTICLE = `http://localhost:${articleServer.port}/article.html`;
void ARTICLE_ORIGIN;

const { browser, close } = await launchChromium({ window: DESKTOP });
const report = {};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Geometry a reader would notice, read in the page. */
function geometry() {
  const de = document.documentElement;
  const chart = document.querySelector('timeline-chart');
  const card = chart?.shadowRoot?.querySelector('event-card[variant=full][open]') ?? chart?.shadowRoot?.querySelector('event-card[open]');
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width ? [r.left, r.top, r.right, r.bottom].map(Math.round) : null;
  };
  const close = card?.shadowRoot?.querySelector('.close');
  return {
    viewport: [innerWidth, innerHeight],
    scrollHeight: de.scrollHeight,
    contentBottom: Math.round(document.body.getBoundingClientRect().bottom + scrollY),
    scrollY: Math.round(scrollY),
    card: box(card),
    cardClose: box(close),
    h1: box(document.querySelector('h1')),
    chart: box(chart),
  };
}

async function page(viewport, { dark = false } = {}) {
  const p = await browser.newPage();
  await p.setViewport(viewport);
  await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  return p;
}

async function drawn(p) {
  await p.waitForFunction(() => document.querySelector('timeline-chart')?.hasAttribute('data-drawn'), { timeout: 10000 });
  await p.waitForFunction(() => document.readyState === 'complete');
  await sleep(400);
}

async function shot(name, fn) {
  if (only.length && !only.includes(name)) return;
  try {
    const p = await fn();
    report[name] = await p.evaluate(geometry).catch(() => null);
    await p.screenshot({ path: join(OUT, `${name}.png`) });
    await p.close();
    process.stderr.write(`shot ${name}\n`);
  } catch (e) {
    report[name] = { error: String(e) };
    process.stderr.write(`shot ${name} FAILED: ${e}\n`);
  }
}

/** Scrolls as a reader does, by wheel, a screen or so into the list. */
async function readTheList(p) {
  const y = await p.evaluate(() => Math.round(document.querySelector('.list-scroll, #events').getBoundingClientRect().top + scrollY));
  for (let i = 0; i < 6; i++) {
    await p.mouse.wheel({ deltaY: (y + 900) / 6 });
    await sleep(80);
  }
  await sleep(800);
}

/** Centre of the mark of an event, in the viewport. */
async function markCentre(p, id) {
  return p.evaluate((id) => {
    const m = document.querySelector('timeline-chart').shadowRoot.querySelector(`g.mark[data-id="${id}"] path`);
    if (!m) return null;
    const r = m.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, id);
}

await shot('desktop', async () => {
  const p = await page(DESKTOP);
  await p.goto(SITE);
  await drawn(p);
  return p;
});

await shot('desktop-dark', async () => {
  const p = await page(DESKTOP, { dark: true });
  await p.goto(SITE);
  await drawn(p);
  return p;
});

await shot('desktop-hover', async () => {
  const p = await page(DESKTOP);
  await p.goto(`${SITE}?date=2022-10`);
  await drawn(p);
  await p.evaluate(() => document.querySelector('timeline-chart').select(null));
  const c = await markCentre(p, EVENT);
  if (c) await p.mouse.move(c.x, c.y, { steps: 4 });
  await sleep(500);
  return p;
});

await shot('desktop-pinned', async () => {
  const p = await page(DESKTOP);
  await p.goto(`${SITE}?date=2022-10`);
  await drawn(p);
  const c = await markCentre(p, EVENT);
  if (c) await p.mouse.click(c.x, c.y);
  await sleep(600);
  return p;
});

await shot('desktop-zoomed', async () => {
  const p = await page(DESKTOP);
  await p.goto(`${SITE}?from=2022-10-10&to=2022-10-24`);
  await drawn(p);
  return p;
});

await shot('desktop-bottom', async () => {
  const p = await page(DESKTOP);
  await p.goto(SITE);
  await drawn(p);
  await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await sleep(300);
  return p;
});

await shot('phone', async () => {
  const p = await page(PHONE);
  await p.goto(SITE);
  await drawn(p);
  return p;
});

// Reading the list: the chart (or its strip) stays in sight and outlines the item being read.
for (const [name, viewport] of [
  ['phone-list', PHONE],
  ['desktop-list', DESKTOP],
]) {
  await shot(name, async () => {
    const p = await page(viewport);
    await p.goto(SITE);
    await drawn(p);
    await readTheList(p);
    return p;
  });
}

// Find and follow: a filter, a search, lanes by actor (desktop and phone).
for (const [name, viewport, query] of [
  ['desktop-filtered', DESKTOP, '?kind=strike,delivery'],
  ['desktop-search', DESKTOP, '?q=kyiv'],
  ['desktop-lanes', DESKTOP, '?lanes=actor'],
  ['phone-lanes', PHONE, '?lanes=actor'],
]) {
  await shot(name, async () => {
    const p = await page(viewport);
    await p.goto(SITE + query);
    await drawn(p);
    await p.waitForFunction(() => !document.documentElement.classList.contains('find-pending'), { timeout: 10000 });
    await sleep(500);
    return p;
  });
}

await shot('phone-tapped', async () => {
  const p = await page(PHONE);
  await p.goto(`${SITE}?date=2022-10`);
  await drawn(p);
  await p.evaluate(() => document.querySelector('timeline-chart').select(null));
  const c = await markCentre(p, EVENT);
  if (c) await p.touchscreen.tap(c.x, c.y);
  await sleep(700);
  return p;
});

await shot('phone-deeplink', async () => {
  const p = await page(PHONE);
  await p.goto(`${SITE}?date=2022-10-06`);
  await drawn(p);
  await sleep(300);
  return p;
});

await shot('phone-event-page', async () => {
  const p = await page(PHONE);
  await p.goto(`${SITE}events/${EVENT}/`);
  await drawn(p);
  return p;
});

await shot('desktop-event-page', async () => {
  const p = await page(DESKTOP);
  await p.goto(`${SITE}events/${EVENT}/`);
  await drawn(p);
  return p;
});

for (const [name, url, dark] of [
  ['embed-article', ARTICLE, false],
  ['embed-article-dark-reader', ARTICLE, true],
]) {
  await shot(name, async () => {
    const p = await page(DESKTOP, { dark });
    await p.goto(url);
    await sleep(2500);
    const before = await p.evaluate(() => {
      const f = document.querySelector('iframe');
      return { frameHeight: Math.round(f.getBoundingClientRect().height), top: Math.round(f.getBoundingClientRect().top) };
    });
    report[`${name}:before-scroll`] = before;
    await p.evaluate(() => document.querySelector('iframe').scrollIntoView({ block: 'start' }));
    await sleep(800);
    return p;
  });
}

await shot('embed-article-phone', async () => {
  const p = await page(PHONE);
  await p.goto(ARTICLE);
  await sleep(2500);
  report['embed-article-phone:before-scroll'] = await p.evaluate(() => Math.round(document.querySelector('iframe').getBoundingClientRect().height));
  await p.evaluate(() => document.querySelector('iframe').scrollIntoView({ block: 'start' }));
  await sleep(800);
  return p;
});

// The embed builder, opened by its button on a zoomed, filtered view; its preview settled (on a
// phone also scrolled down to the preview and the code).
for (const [name, viewport, scrollTo] of [
  ['desktop-embed-builder', DESKTOP, null],
  ['phone-embed-builder', PHONE, null],
  ['phone-embed-builder-preview', PHONE, '.output'],
]) {
  await shot(name, async () => {
    const p = await page(viewport);
    await p.goto(`${SITE}?from=2022-10&to=2022-11&kind=strike,delivery`);
    await drawn(p);
    await p.waitForFunction(() => !document.documentElement.classList.contains('find-pending'), { timeout: 10000 });
    // (A DOM click: scrolling to the button would scroll the list, which moves the chart with it.)
    await p.evaluate(() => document.getElementById('embed-button').click());
    await p.waitForFunction(() => document.querySelector('embed-builder')?.shadowRoot?.querySelector('dialog[open] embed-preview')?.shadowRoot?.querySelector('iframe'), { timeout: 10000 });
    await sleep(2500);
    if (scrollTo) await p.evaluate((sel) => document.querySelector('embed-builder').shadowRoot.querySelector(sel).scrollIntoView({ block: 'start' }), scrollTo);
    await sleep(300);
    return p;
  });
}

// The editions (issue 15): Persian right to left in the Solar Hijri calendar, Russian, Ukrainian.
for (const [name, viewport, path, act] of [
  ['fa-desktop', DESKTOP, 'fa/', null],
  ['fa-desktop-pinned', DESKTOP, 'fa/?date=2022-10', 'click'],
  ['fa-desktop-zoomed', DESKTOP, 'fa/?from=2022-10-10&to=2022-10-24', null],
  ['fa-phone', PHONE, 'fa/', null],
  ['fa-phone-tapped', PHONE, 'fa/?date=2022-10', 'tap'],
  ['fa-phone-list', PHONE, 'fa/', 'list'],
  ['fa-event-page', DESKTOP, `fa/events/${EVENT}/`, null],
  ['ru-desktop', DESKTOP, 'ru/', null],
  ['ru-desktop-pinned', DESKTOP, 'ru/?date=2022-10', 'click'],
  ['uk-phone', PHONE, 'uk/', null],
]) {
  await shot(name, async () => {
    const p = await page(viewport);
    await p.goto(SITE + path);
    await drawn(p);
    if (act === 'click' || act === 'tap') {
      await p.evaluate(() => document.querySelector('timeline-chart').select(null));
      const c = await markCentre(p, EVENT);
      if (c && act === 'click') await p.mouse.click(c.x, c.y);
      if (c && act === 'tap') await p.touchscreen.tap(c.x, c.y);
      await sleep(700);
    }
    if (act === 'list') {
      await readTheList(p);
    }
    return p;
  });
}

for (const [name, viewport] of [
  ['fa-embed-article', DESKTOP],
  ['fa-embed-article-phone', PHONE],
]) {
  await shot(name, async () => {
    const p = await page(viewport);
    await p.goto(`http://localhost:${articleServer.port}/article-fa.html`);
    await sleep(2500);
    report[`${name}:before-scroll`] = await p.evaluate(() => Math.round(document.querySelector('iframe').getBoundingClientRect().height));
    await p.evaluate(() => document.querySelector('iframe').scrollIntoView({ block: 'start' }));
    await sleep(800);
    return p;
  });
}

writeFileSync(join(OUT, 'shots.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
await close();
await server.close();
await articleServer.close();
