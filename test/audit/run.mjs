// The outside audit of the built site: `node test/audit/run.mjs` (after `vite build`; it
// builds nothing). It serves dist/ as a static host would (with the CSP as an HTTP header too)
// and checks, in Debian's Chromium and the Nu HTML Checker:
//
//   1. axe-core (WCAG 2.0/2.1/2.2 A + AA and best practices) in every page state below
//   2. in those states: no CSP violation, no console error, no failed or foreign request,
//      no cookie and nothing in local/session storage, IndexedDB or the Cache API
//   3. no horizontal page scroll at 320 px wide and at 200 % zoom (a 640 x 400 CSS px viewport)
//   4. the Nu HTML Checker on every built page: no errors
//   5. Lighthouse on the main page and one event page: accessibility, best practices and SEO
//      100; performance >= 98 (enforced only when CI is unset)
//   6. print: the chart is hidden, the list is shown whole, every source URL is written out
//
// Exit code 0 when everything passes, 1 on any failure, 2 if the audit itself broke.
// See README.md beside this file.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspOf, startServer } from './server.mjs';
import { launchChromium } from '../support/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const DIST = join(ROOT, 'dist');
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const IN_CI = Boolean(process.env.CI);
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const PERF_RUNS = 3; // a performance score under target is re-measured, up to this many runs in all; the best counts
const WAIT = 15_000; // the longest wait for any one page condition (generous: the machine may be busy)
const WATCHDOG_MS = 10 * 60_000;

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 700 };
const ZOOM_200 = { width: 640, height: 400 }; // 1280 x 800 at 200 % browser zoom, in CSS pixels
const PRINT_PAGE = { width: 720, height: 1000 }; // A4 minus ~1 cm margins, at 96 CSS px per inch
const DARK = [{ name: 'prefers-color-scheme', value: 'dark' }];
const REDUCED = [{ name: 'prefers-reduced-motion', value: 'reduce' }];
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

const t0 = performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
const progress = (m) => process.stderr.write(`[audit ${secs().padStart(3)} s] ${m}\n`);

// ---- results --------------------------------------------------------------------------------

const out = []; // the report, printed at the end
const failures = []; // one line each, repeated in the summary
const line = (s = '') => out.push(s);
function fail(where, what) {
  failures.push(`${where}: ${what}`);
}

// ---- inputs ---------------------------------------------------------------------------------

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: build the site first (vite build).');
  process.exit(2);
}
const data = JSON.parse(readFileSync(join(DIST, 'events.json'), 'utf8'));
const events = data.events ?? [];
if (!events.length) {
  console.error('dist/events.json has no events.');
  process.exit(2);
}
/** The event with the most to show (sources, claims, disagreements, figures): the card and event page under test. */
const richest = [...events].sort((a, b) => weight(b) - weight(a) || events.indexOf(a) - events.indexOf(b))[0];
function weight(e) {
  return 4 * (e.sources?.length ?? 0) + 2 * (e.claims?.length ?? 0) + 2 * (e.disagreements?.length ?? 0) + (e.figures?.length ?? 0) + (e.sources ?? []).filter((s) => s.quote).length;
}
const EVENT_ID = richest.id;
const EVENT_PAGE = `events/${encodeURIComponent(EVENT_ID)}/`;

const htmlFiles = readdirSync(DIST, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => join(DIST, f));

// ---- browser --------------------------------------------------------------------------------

const AUDIT_ARGS = [
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--mute-audio',
  '--password-store=basic',
  '--use-mock-keychain',
  // No name resolves: nothing can leave the machine even if something tried (the site is on 127.0.0.1).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Debian's Chromium (never a downloaded one), with the audit's flags; `port` is its DevTools port, for Lighthouse. */
async function launch() {
  const chrome = await launchChromium({ window: DESKTOP, protocolTimeout: 120_000, args: AUDIT_ARGS });
  return { ...chrome, port: Number(new URL(chrome.browser.wsEndpoint()).port) };
}

// ---- in-page helpers (run in the page) ------------------------------------------------------

/** Waits until the page stops changing: chart zoom, tooltip, dialog, scroll positions, sizes, animations. */
function settleInPage(maxMs) {
  const fingerprint = () => {
    const chart = document.querySelector('timeline-chart');
    const sr = chart?.shadowRoot;
    const tip = sr?.querySelector('event-card[variant=full]');
    const r = tip?.getBoundingClientRect();
    const list = document.querySelector('.list-scroll');
    const dialog = (document.querySelector('embed-builder') ?? document.querySelector('copy-dialog'))?.shadowRoot?.querySelector('dialog');
    const de = document.documentElement;
    return JSON.stringify([
      sr?.querySelector('svg.chart')?.getAttribute('data-k'),
      chart?.pinned,
      tip?.hasAttribute('open'),
      r ? [r.x, r.y, r.width, r.height].map(Math.round) : null,
      list?.scrollTop,
      scrollX,
      scrollY,
      de.scrollWidth,
      de.scrollHeight,
      dialog?.open,
      document.getAnimations().filter((a) => a.playState === 'running').length,
    ]);
  };
  return document.fonts.ready.then(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        let last = fingerprint();
        let same = 0;
        const tick = () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const now = fingerprint();
              same = now === last ? same + 1 : 0;
              last = now;
              if (same >= 3 || performance.now() - start > maxMs) resolve(same >= 3);
              else tick();
            }, 50),
          );
        tick();
      }),
  );
}

/** Elements (also in open shadow roots) that stick out past the right edge of the viewport, outermost first. */
function overflowInPage() {
  const de = document.documentElement;
  const width = de.clientWidth;
  const found = [];
  const describe = (el) => {
    let s = el.localName;
    if (el.id) s += `#${el.id}`;
    const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class');
    if (cls) s += `.${cls.trim().split(/\s+/).join('.')}`;
    return s;
  };
  const path = (el) => {
    const parts = [];
    for (let n = el; n && n !== de; ) {
      parts.unshift(describe(n));
      if (n.parentElement) n = n.parentElement;
      else if (n.parentNode instanceof ShadowRoot) {
        parts.unshift('>>>');
        n = n.parentNode.host;
      } else break;
    }
    return parts.join(' ').replace(/ >>> /g, ' >>> ');
  };
  const walk = (root, parentOver) => {
    for (const el of root.children) {
      const r = el.getBoundingClientRect();
      const pos = getComputedStyle(el).position;
      const over = r.width > 0 && r.right + scrollX > width + 0.5 && pos !== 'fixed';
      if (over && !parentOver) found.push(`${path(el)} (right edge ${Math.round(r.right + scrollX)} px)`);
      walk(el, parentOver || over);
      if (el.shadowRoot) walk(el.shadowRoot, parentOver || over);
    }
  };
  walk(document.body, false);
  return { scrollWidth: de.scrollWidth, clientWidth: width, culprits: found.slice(0, 6) };
}

/** What the page stored: local/session storage, IndexedDB, the Cache API, service workers. */
async function storageInPage() {
  const found = [];
  try {
    if (localStorage.length) found.push(`localStorage: ${Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).join(', ')}`);
  } catch (e) {
    found.push(`localStorage unreadable: ${e}`);
  }
  try {
    if (sessionStorage.length) found.push(`sessionStorage: ${Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).join(', ')}`);
  } catch (e) {
    found.push(`sessionStorage unreadable: ${e}`);
  }
  const dbs = (await indexedDB.databases?.()) ?? [];
  if (dbs.length) found.push(`IndexedDB: ${dbs.map((d) => d.name).join(', ')}`);
  if (self.caches) {
    const keys = await caches.keys();
    if (keys.length) found.push(`Cache API: ${keys.join(', ')}`);
  }
  const regs = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
  if (regs.length) found.push(`service workers: ${regs.map((r) => r.scope).join(', ')}`);
  return found;
}

// ---- page states ----------------------------------------------------------------------------

const chartReady = (page) => page.waitForFunction(() => document.querySelector('timeline-chart')?.hasAttribute('data-drawn'), { timeout: WAIT, polling: 50 });

/** The tooltip in the chart's shadow root is open, rendered and placed. */
const cardOpen = (page) =>
  page.waitForFunction(
    () => {
      const tip = document.querySelector('timeline-chart')?.shadowRoot?.querySelector('event-card[variant=full]');
      return Boolean(tip?.hasAttribute('open') && tip.shadowRoot?.textContent?.trim() && tip.getBoundingClientRect().width > 0);
    },
    { timeout: WAIT, polling: 50 },
  );

const settle = async (page) => {
  if (!(await page.evaluate(settleInPage, 8000))) throw new Error('the page did not settle within 8 s');
};

async function pin(page) {
  await page.evaluate((id) => document.querySelector('timeline-chart').select(id, { pin: true }), EVENT_ID);
  await cardOpen(page);
}

async function zoomIn(page) {
  const button = await page.waitForSelector('timeline-chart >>> .zoom button.zoom-in', { timeout: WAIT });
  const k = () => page.evaluate(() => Number(document.querySelector('timeline-chart').shadowRoot.querySelector('svg.chart').getAttribute('data-k')));
  for (let i = 0; i < 3; i++) {
    const before = await k();
    await button.click();
    await page.waitForFunction(
      (b) => Number(document.querySelector('timeline-chart').shadowRoot.querySelector('svg.chart').getAttribute('data-k')) > b,
      { timeout: WAIT, polling: 50 },
      before,
    );
    await settle(page);
  }
  await sleep(500);
  if (!((await k()) > 1)) throw new Error('the chart did not zoom in');
}

async function openEmbedBuilder(page) {
  await page.waitForSelector('#embed-button:not([hidden])', { visible: true, timeout: WAIT });
  await page.click('#embed-button');
  // Open, with its preview (a frame of embed.html) loaded.
  await page.waitForFunction(() => document.querySelector('embed-builder')?.shadowRoot?.querySelector('dialog[open] embed-preview')?.shadowRoot?.querySelector('iframe')?.contentDocument?.readyState === 'complete', { timeout: WAIT, polling: 50 });
}

/** The self-test: one fault of each kind the audit looks for, so a detector that silently stopped working fails the run. */
const SELF_TEST = {
  name: 'self-test (injected faults)',
  path: '',
  selfTest: true,
  expect: ['csp', 'console', 'page error', 'http error', 'cookies', 'storage', 'horizontal scroll', 'axe'],
  media: DARK,
  act: async (page) => {
    await page.evaluate(async () => {
      const script = document.createElement('script');
      // An inline script, refused by script-src 'self'. Trusted Types would refuse the plain string
      // first, so the self-test vouches for it with a policy of its own.
      const policy = window.trustedTypes?.createPolicy('audit-self-test', { createScript: (text) => text });
      script.textContent = policy ? policy.createScript('window.__selfTest = 1') : 'window.__selfTest = 1';
      document.body.append(script);
      console.error('audit self-test');
      setTimeout(() => {
        throw new Error('audit self-test');
      });
      await fetch('./audit-self-test-missing.json').catch(() => {});
      document.cookie = 'audit_self_test=1; path=/';
      sessionStorage.setItem('audit-self-test', '1');
      const wide = document.createElement('div');
      wide.style.width = '5000px';
      wide.style.height = '1px';
      document.body.append(wide);
      const img = document.createElement('img'); // no alt: axe image-alt
      img.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
      document.querySelector('main').append(img);
    });
    await sleep(300);
  },
};

const STATES = [
  { name: 'first load', path: '' },
  { name: 'zoomed (Zoom in x3)', path: '', act: zoomIn },
  { name: 'card open', path: '', act: pin },
  { name: 'deep link ?date=2022-10-06', path: 'index.html?date=2022-10-06' },
  { name: `event page`, path: EVENT_PAGE },
  { name: 'embed.html', path: 'embed.html' },
  { name: 'embed builder open', path: '', act: openEmbedBuilder },
  { name: 'dark: first load', path: '', media: DARK },
  { name: 'dark: card open', path: '', media: DARK, act: pin },
  { name: 'dark: embed.html', path: 'embed.html', media: DARK },
  { name: 'reduced motion: first load', path: '', media: REDUCED },
  { name: 'reduced motion: zoomed', path: '', media: REDUCED, act: zoomIn },
  { name: '320 px: first load', path: '', viewport: NARROW, reflow: true },
  { name: '320 px: card open', path: '', viewport: NARROW, act: pin, reflow: true },
  { name: '320 px: event page', path: EVENT_PAGE, viewport: NARROW, reflow: true },
  { name: '320 px: embed builder open', path: '', viewport: NARROW, act: openEmbedBuilder, reflow: true },
  { name: '200% zoom: first load', path: '', viewport: ZOOM_200, reflow: true },
  { name: '200% zoom: card open', path: '', viewport: ZOOM_200, act: pin, reflow: true },
  { name: '200% zoom: event page', path: EVENT_PAGE, viewport: ZOOM_200, reflow: true },
  // Find and follow: a filter with a search, lanes by actor, and both on a narrow screen.
  { name: 'filtered and searched', path: 'index.html?kind=strike,delivery,statement&q=kyiv' },
  { name: 'lanes by actor', path: 'index.html?lanes=actor&actor=Iran' },
  { name: 'dark: filtered and searched', path: 'index.html?kind=strike,statement&q=drones', media: DARK },
  { name: '320 px: lanes by actor, searched', path: 'index.html?lanes=actor&q=shahed', viewport: NARROW, reflow: true },
  // The editions (issue 15): Persian right to left and in the Solar Hijri calendar, Russian, Ukrainian.
  { name: 'fa: first load', path: 'fa/' },
  { name: 'fa: card open', path: 'fa/', act: pin },
  { name: 'fa: event page', path: `fa/${EVENT_PAGE}` },
  { name: 'fa: embed.html', path: 'fa/embed.html' },
  { name: 'fa: embed builder open', path: 'fa/', act: openEmbedBuilder },
  { name: 'fa dark: filtered, lanes by actor', path: 'fa/index.html?kind=strike,delivery&lanes=actor', media: DARK },
  { name: 'fa 320 px: card open', path: 'fa/', viewport: NARROW, act: pin, reflow: true },
  { name: 'ru: first load', path: 'ru/' },
  { name: 'ru: card open', path: 'ru/', act: pin },
  { name: 'uk: event page', path: `uk/${EVENT_PAGE}` },
  { name: 'uk 320 px: embed builder open', path: 'uk/', viewport: NARROW, act: openEmbedBuilder, reflow: true },
];

/** Opens a fresh page in its own browser context, records everything it does, and returns it with its log. */
async function openPage(browser, origin, { viewport = DESKTOP, media = [], mediaType = null } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const log = { csp: [], console: [], warnings: [], errors: [], failed: [], status: [], foreign: [], issues: [], requests: 0 };
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  // Runs through the DevTools protocol before any page script, so the page's CSP does not apply to it.
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`)),
  );
  const cdp = await page.createCDPSession();
  // Media emulation goes through this session: a second DevTools session on the page drops the
  // media that page.emulateMediaType/Features set through puppeteer's own session.
  await cdp.send('Emulation.setEmulatedMedia', { media: mediaType ?? '', features: media });
  await cdp.send('Audits.enable');
  cdp.on('Audits.issueAdded', ({ issue }) => {
    const d = issue.details?.contentSecurityPolicyIssueDetails;
    if (issue.code === 'ContentSecurityPolicyIssue') log.csp.push(`issue: ${d?.violatedDirective ?? '?'} ${d?.blockedURL ?? '(inline)'} (${d?.contentSecurityPolicyViolationType ?? ''})`);
    else {
      const detail = Object.values(issue.details ?? {})[0] ?? {};
      const what = detail.errorType ?? detail.violationType ?? detail.issueType ?? detail.type ?? '';
      log.issues.push(`${issue.code}${what ? ` ${what}` : ''}${detail.violatingNodeId || detail.nodeId ? ' (on an element)' : ''}`);
    }
  });
  page.on('console', (m) => {
    const text = `${m.type()}: ${m.text()}${m.location()?.url ? ` (${m.location().url}:${m.location().lineNumber ?? '?'})` : ''}`;
    if (/Content Security Policy|Refused to/i.test(m.text())) log.csp.push(`console ${text}`);
    if (m.type() === 'error' || m.type() === 'assert') log.console.push(text);
    else if (m.type() === 'warn') log.warnings.push(text);
  });
  page.on('pageerror', (e) => log.errors.push(String(e?.message ?? e)));
  page.on('request', (r) => {
    log.requests++;
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:') || u.startsWith(`${origin}/`) || u === origin) return;
    log.foreign.push(u);
  });
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && log.status.push(`${r.status()} ${r.url()}`));
  return { context, page, log };
}

/** Visits one state: loads, acts, checks CSP, console, network, storage and reflow, then runs axe-core. */
async function auditState(browser, origin, state, axeSource) {
  const where = `state "${state.name}"`;
  const viewport = state.viewport ?? DESKTOP;
  const { context, page, log } = await openPage(browser, origin, { viewport, media: state.media ?? [] });
  const row = { name: state.name, viewport, problems: [], details: [] };
  const problem = (kind, text) => {
    row.problems.push(kind);
    row.details.push(`${kind}: ${text}`);
    if (!state.selfTest) fail(where, `${kind}: ${text}`);
  };
  try {
    const response = await page.goto(`${origin}/${state.path}`, { waitUntil: 'load', timeout: 30_000 });
    if (!response?.ok()) problem('http', `${response?.status()} for /${state.path}`);
    const emulated = await page.evaluate(
      (media) => media.filter((f) => !matchMedia(`(${f.name}: ${f.value})`).matches).map((f) => `${f.name}: ${f.value}`),
      state.media ?? [],
    );
    if (emulated.length) throw new Error(`media emulation did not take: ${emulated.join(', ')}`);
    await chartReady(page);
    // A link that opens an event opens its card: wait for it to be drawn too.
    if (await page.evaluate(() => document.querySelector('timeline-chart')?.pinned)) await cardOpen(page);
    await settle(page);
    if (state.act) {
      await state.act(page);
      await settle(page);
    }

    // 2. CSP, console, network, storage.
    const csp = [...(await page.evaluate(() => window.__csp ?? [])), ...log.csp];
    for (const c of [...new Set(csp)]) problem('csp', c);
    for (const c of [...new Set(log.console)]) problem('console', c);
    for (const e of log.errors) problem('page error', e);
    for (const f of log.failed) problem('request failed', f);
    for (const s of log.status) problem('http error', s);
    for (const f of log.foreign) problem('foreign request', f);
    const cookies = await context.cookies();
    if (cookies.length) problem('cookies', cookies.map((c) => `${c.name} (${c.domain})`).join(', '));
    for (const s of await page.evaluate(storageInPage)) problem('storage', s);
    for (const w of log.warnings) row.details.push(`note: console ${w}`);
    for (const i of [...new Set(log.issues)]) row.details.push(`note: DevTools issue ${i}`);

    // 3. Reflow: no horizontal page scroll (checked in every state; required at 320 px and 200 %).
    const o = await page.evaluate(overflowInPage);
    row.scroll = `${o.scrollWidth}/${o.clientWidth}`;
    if (o.scrollWidth > o.clientWidth) problem('horizontal scroll', `scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}${o.culprits.length ? `; past the edge: ${o.culprits.join('; ')}` : ''}`);

    // 1. axe-core, evaluated through the DevTools protocol (Runtime.evaluate), which the page's
    // CSP does not govern, so the CSP stays enforced (no setBypassCSP) in the state under test.
    const cspBefore = (await page.evaluate(() => window.__csp ?? [])).length + log.csp.length;
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async (options) => {
      const r = await window.axe.run(document, options);
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target) }));
    }, AXE_OPTIONS);
    row.axe = axe.length;
    for (const v of axe) {
      const targets = v.targets.map((t) => t.map((p) => (Array.isArray(p) ? p.join(' >>> ') : p)).join(' >>> '));
      problem('axe', `${v.id} (${v.impact}): ${v.help} -> ${targets.join(' | ')}`);
    }
    const cspAfter = (await page.evaluate(() => window.__csp ?? [])).length + log.csp.length;
    if (cspAfter > cspBefore) row.details.push(`note: ${cspAfter - cspBefore} CSP report(s) while axe-core ran (caused by the tool, not counted)`);
    row.requests = log.requests;
  } catch (e) {
    problem('could not reach the state', String(e?.message ?? e).split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
  return row;
}

// ---- 6. print -------------------------------------------------------------------------------

function printCheckInPage(events) {
  const shown = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return cs.display !== 'none' && cs.visibility !== 'hidden' && r.width > 0 && r.height > 0;
  };
  const problems = [];
  const panel = document.querySelector('.chart-panel');
  if (panel && shown(panel)) problems.push(`the chart panel (.chart-panel) is displayed in print (display: ${getComputedStyle(panel).display})`);
  const chart = document.querySelector('timeline-chart');
  if (chart && shown(chart)) problems.push('<timeline-chart> is displayed in print');
  const list = document.querySelector('.event-list');
  if (!shown(list)) problems.push('the event list (.event-list) is not displayed in print');
  const scroller = document.querySelector('.list-scroll');
  if (scroller && scroller.scrollHeight > scroller.clientHeight + 1) problems.push(`the list is cut off by its scroller (.list-scroll: scrollHeight ${scroller.scrollHeight} > clientHeight ${scroller.clientHeight}, max-height ${getComputedStyle(scroller).maxHeight}, overflow-y ${getComputedStyle(scroller).overflowY})`);
  let urls = 0;
  const hidden = [];
  const wide = [];
  for (const e of events) {
    // An event's own page prints its record (the .focus section under its headline); the main page, its list item.
    const li = document.querySelector(`.focus[data-id="${CSS.escape(e.id)}"], .event-list li.event[data-id="${CSS.escape(e.id)}"]`);
    if (!shown(li)) {
      problems.push(`the record of ${e.id} (.focus or li.event) is not displayed`);
      continue;
    }
    const want = (e.sources ?? []).filter((s) => s.url).map((s) => s.url);
    const spans = [...li.querySelectorAll('.sources span.url')];
    const got = spans.map((s) => s.textContent.trim());
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${e.id}: span.url texts ${JSON.stringify(got)} != source URLs ${JSON.stringify(want)}`);
    for (const s of spans) {
      urls++;
      if (!shown(s)) hidden.push(`${e.id}: ${s.textContent.trim()} (display: ${getComputedStyle(s).display})`);
      else if (s.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5) wide.push(`${e.id}: ${s.textContent.trim()}`);
    }
  }
  if (hidden.length) problems.push(`${hidden.length} of ${urls} source URLs (span.url) are not displayed, e.g. ${hidden[0]}`);
  if (wide.length) problems.push(`${wide.length} source URLs run past the page edge, e.g. ${wide[0]}`);
  const de = document.documentElement;
  if (de.scrollWidth > de.clientWidth) problems.push(`the printed page is wider than the paper (${de.scrollWidth} > ${de.clientWidth} px)`);
  const notes = [];
  const buttons = [...document.querySelectorAll('button')].filter(shown);
  if (buttons.length) notes.push(`${buttons.length} button(s) are printed (e.g. "${buttons[0].textContent.trim()}")`);
  return { problems, urls, notes };
}

async function auditPrint(browser, origin) {
  const rows = [];
  for (const path of ['index.html', EVENT_PAGE]) {
    const { context, page, log } = await openPage(browser, origin, { viewport: PRINT_PAGE, mediaType: 'print' });
    const where = `print ${path}`;
    try {
      await page.goto(`${origin}/${path}`, { waitUntil: 'load', timeout: 30_000 });
      if (!(await page.evaluate(() => matchMedia('print').matches))) throw new Error('print media emulation did not take');
      await page.evaluate(() => document.fonts.ready);
      await sleep(200);
      // The main page prints the whole chronology; an event's page, its own event (the rest of its
      // list comes a month at a time from the shared scripts, so its pages stay small).
      const r = await page.evaluate(printCheckInPage, path === EVENT_PAGE ? events.filter((e) => e.id === EVENT_ID) : events);
      for (const p of r.problems) fail(where, p);
      for (const e of [...log.console, ...log.errors]) fail(where, `console: ${e}`);
      rows.push({ path, ok: r.problems.length === 0, text: `${r.urls} source URLs in the list${r.problems.length ? `; ${r.problems.length} problem(s)` : ''}`, problems: r.problems, notes: r.notes });
    } catch (e) {
      fail(where, String(e?.message ?? e).split('\n')[0]);
      rows.push({ path, ok: false, text: 'could not check', problems: [String(e?.message ?? e).split('\n')[0]], notes: [] });
    } finally {
      await context.close().catch(() => {});
    }
  }
  return rows;
}

// ---- 4. Nu HTML Checker ---------------------------------------------------------------------

function runVnu(files) {
  return new Promise((resolveRun) => {
    const started = performance.now();
    const child = spawn('java', ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveRun({ error: `could not start java: ${e.message}`, messages: [], ms: 0 });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      try {
        const parsed = JSON.parse(stderr.trim() || stdout.trim() || '{"messages":[]}');
        resolveRun({ messages: parsed.messages ?? [], code, ms });
      } catch {
        resolveRun({ error: `vnu exited ${code ?? signal} with unreadable output: ${(stderr || stdout).slice(0, 400)}`, messages: [], ms });
      }
    });
  });
}

// ---- 5. Lighthouse --------------------------------------------------------------------------

/** One Lighthouse run; `form` 'mobile' is Lighthouse's default (simulated slow 4G, 4× CPU slowdown, a phone's screen). */
async function runLighthouse(port, url, categories, form = 'desktop') {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: categories, throttlingMethod: 'simulate', maxWaitForLoad: 45_000 },
    form === 'desktop' ? desktop : undefined,
  );
  return result.lhr;
}

/** Audits with weight in a category that did not get a full score. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => `${a.id} "${a.title}" (score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
}

function foreignRequests(lhr, origin) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items.map((i) => i.url).filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
}

async function auditLighthouse(port, origin) {
  const rows = [];
  const pages = [
    ['main page', `${origin}/`, 'desktop'],
    ['event page', `${origin}/${EVENT_PAGE}`, 'desktop'],
    ['main page, mobile', `${origin}/`, 'mobile'],
    ['event page, mobile', `${origin}/${EVENT_PAGE}`, 'mobile'],
    ['Persian main page, mobile', `${origin}/fa/`, 'mobile'],
  ];
  for (const [name, url, form] of pages) {
    progress(`Lighthouse: ${name}`);
    const where = `Lighthouse ${name}`;
    let lhr;
    try {
      lhr = await runLighthouse(port, url, Object.keys(TARGETS), form);
    } catch (e) {
      fail(where, `did not run: ${String(e?.message ?? e).split('\n')[0]}`);
      rows.push({ name, scores: {}, lines: [] });
      continue;
    }
    const lines = [];
    if (lhr.runtimeError) fail(where, `runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const w of lhr.runWarnings ?? []) lines.push(`note: ${w}`);
    for (const u of foreignRequests(lhr, origin)) fail(where, `request to another host: ${u}`);
    const scores = {};
    for (const c of Object.keys(TARGETS)) scores[c] = lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${id.replace(/-/g, ' ').replace(/\b(\w)\w+/g, '$1').replace(/ /g, '').toUpperCase()} ${lhr.audits[id]?.displayValue ?? '?'}`);

    // Performance on a busy 2-core machine is noisy, and noise only ever lowers it: under the
    // target, measure again (performance only) and keep the best run.
    const perfRuns = [scores.performance];
    let perfLhr = lhr;
    while (!IN_CI && scores.performance !== null && Math.max(...perfRuns) < TARGETS.performance && perfRuns.length < PERF_RUNS) {
      progress(`Lighthouse: ${name}, performance ${perfRuns.at(-1)} < ${TARGETS.performance}: run ${perfRuns.length + 1} of ${PERF_RUNS}`);
      try {
        const again = await runLighthouse(port, url, ['performance'], form);
        const s = Math.round(again.categories.performance.score * 100);
        if (s > Math.max(...perfRuns)) perfLhr = again;
        perfRuns.push(s);
      } catch (e) {
        lines.push(`note: a performance re-run failed: ${String(e?.message ?? e).split('\n')[0]}`);
        break;
      }
    }
    if (scores.performance !== null) scores.performance = Math.max(...perfRuns);
    if (perfRuns.length > 1) lines.push(`performance runs: ${perfRuns.join(', ')} (best counts)`);
    lines.push(`metrics (first run): ${metrics.join(', ')}`);

    for (const c of Object.keys(TARGETS)) {
      const enforced = c !== 'performance' || !IN_CI;
      if (scores[c] === null) {
        if (enforced) fail(where, `${c}: no score`);
        continue;
      }
      if (scores[c] >= TARGETS[c]) continue;
      const audits = failingAudits(c === 'performance' ? perfLhr : lhr, c);
      lines.push(`${c} ${scores[c]} < ${TARGETS[c]}${enforced ? '' : ' (CI: printed, not enforced)'}:`);
      for (const a of audits) lines.push(`  ${a}`);
      if (enforced) fail(where, `${c} ${scores[c]} < ${TARGETS[c]}: ${audits.map((a) => a.split(' "')[0]).join(', ') || '(no single audit below 1)'}`);
    }
    rows.push({ name, scores, lines });
  }
  return rows;
}

// ---- main -----------------------------------------------------------------------------------

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`audit: gave up after ${WATCHDOG_MS / 60000} minutes`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  const server = await startServer(DIST);
  const { origin } = server;
  const axeSource = readFileSync(AXE_PATH, 'utf8');
  const axeVersion = axeSource.match(/axe v([\d.]+)/)?.[1] ?? '?';
  line(`Outside audit of dist/ at ${origin} (CSP sent as a header, identical to the meta tag); event under test: ${EVENT_ID}`);

  // The HTML checker runs in its own JVM alongside the browser states (neither is timing-sensitive);
  // Lighthouse runs last, alone.
  progress(`Nu HTML Checker on ${htmlFiles.length} pages (in the background)`);
  const vnu = runVnu(htmlFiles);

  let chrome = await launch();
  const rows = [];
  let printRows = [];
  let selfTest;
  try {
    progress('self-test of the detectors');
    selfTest = await auditState(chrome.browser, origin, SELF_TEST, axeSource);
    for (const state of STATES) {
      progress(`state: ${state.name}`);
      rows.push(await auditState(chrome.browser, origin, state, axeSource));
    }
    progress('print');
    printRows = await auditPrint(chrome.browser, origin);
  } finally {
    await chrome.close();
  }

  const missed = SELF_TEST.expect.filter((k) => !selfTest.problems.includes(k));
  for (const k of missed) fail('audit self-test', `an injected "${k}" fault went unnoticed: that detector is broken (${selfTest.details.join('; ') || 'nothing detected'})`);
  line(`Self-test: ${missed.length ? `FAILED, not detected: ${missed.join(', ')}` : `each injected fault was detected (${SELF_TEST.expect.join(', ')})`}`);
  line('');
  line(`1-3. Page states: axe-core ${axeVersion} (wcag2a/aa, wcag21a/aa, wcag22aa, best-practice), CSP, console, network, storage, horizontal scroll (scrollWidth/clientWidth)`);
  for (const r of rows) {
    const ok = r.problems.length === 0;
    const summary = ok ? `axe 0, ${r.requests} requests, scroll ${r.scroll}` : [...new Set(r.problems)].join(', ');
    line(`  ${ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(30)} ${`${r.viewport.width}x${r.viewport.height}`.padEnd(9)} ${summary}`);
    for (const d of r.details) line(`         ${d}`);
  }
  const reflowOk = rows.filter((r) => STATES.find((s) => s.name === r.name)?.reflow).every((r) => !r.problems.includes('horizontal scroll') && r.scroll);
  line(`  reflow at 320 px and 200% zoom: ${reflowOk ? 'no horizontal scroll' : 'FAILED (see above)'}`);

  progress('waiting for the Nu HTML Checker');
  const v = await vnu;
  line('');
  line(`4. Nu HTML Checker (--errors-only) on ${htmlFiles.length} pages: ${v.error ? 'FAILED to run' : `${v.messages.length} error(s)`} (${(v.ms / 1000).toFixed(1)} s)`);
  // The header the server sends is index.html's meta tag: every other page must carry the same one.
  const cspDiffers = htmlFiles.filter((f) => cspOf(readFileSync(f, 'utf8')) !== server.csp).map((f) => relative(ROOT, f));
  line(`  CSP meta tag on every page, identical to the header: ${cspDiffers.length ? `NO: ${cspDiffers.join(', ')}` : 'yes'}`);
  for (const f of cspDiffers) fail('CSP meta', `${f} has no CSP meta tag, or a different one from dist/index.html`);
  if (v.error) {
    fail('Nu HTML Checker', v.error);
    line(`  ${v.error}`);
  }
  for (const m of v.messages) {
    const file = m.url ? relative(ROOT, fileURLToPath(m.url)) : '?';
    const text = `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`;
    line(`  ${text}`);
    fail('Nu HTML Checker', text);
  }

  line('');
  chrome = await launch();
  let lhRows = [];
  try {
    lhRows = await auditLighthouse(chrome.port, origin);
  } finally {
    await chrome.close();
  }
  const lhPkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'));
  line(`5. Lighthouse ${lhPkg.version} (desktop, and mobile: slow 4G, 4× CPU; simulated throttling; targets: performance ${TARGETS.performance}${IN_CI ? ' printed only in CI' : ''}, others 100)`);
  for (const r of lhRows) {
    line(`  ${r.name.padEnd(19)} ${Object.keys(TARGETS).map((c) => `${c} ${r.scores[c] ?? '-'}`).join(', ')}`);
    for (const l of r.lines) line(`    ${l}`);
  }

  line('');
  line('6. Print (media type print, 720 px wide page)');
  for (const r of printRows) {
    line(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.path.padEnd(30)} ${r.text}`);
    for (const p of r.problems) line(`         ${p}`);
    for (const n of r.notes) line(`         note: ${n}`);
  }

  await server.close();
  line('');
  if (failures.length) {
    line(`FAILED: ${failures.length} problem(s):`);
    for (const f of failures) line(`  - ${f}`);
  } else line('PASSED: every check.');
  line(`Took ${secs()} s.`);
  console.log(out.join('\n'));
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.log(out.join('\n'));
  console.error('audit: the audit itself failed:', e?.stack ?? e);
  process.exit(2);
});
