// Measures one page in headless Chromium: first draw, frame times under real Ctrl + wheel and
// drag input (CDP), long tasks, JS heap and DOM size. Used by run.mjs.

import { launchChromium, settlesWithin } from '../support/chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Launches Debian's Chromium (never downloads one) with a fresh profile, at the benchmark's viewport. */
export const launchBrowser = () => launchChromium({ window: VIEWPORT, viewport: VIEWPORT, protocolTimeout: 30 * 60_000 });

/** Installed before any page script: long-task observer and a rAF frame recorder. */
function instrument() {
  const b = (window.__bench = { longtasks: [], frames: null, observer: 'none', wheel: { total: 0, chart: 0, sum: 0 }, mouse: { x: null, ups: 0 } });
  // What input the page has handled so far (CDP acknowledges input before the page runs it),
  // and whether the wheel events reached the chart or something on top of it.
  addEventListener(
    'wheel',
    (e) => {
      b.wheel.total++;
      b.wheel.sum += e.deltaY;
      if (e.composedPath().some((n) => n instanceof SVGSVGElement)) b.wheel.chart++;
    },
    { capture: true, passive: true },
  );
  addEventListener('mousemove', (e) => (b.mouse.x = e.clientX), { capture: true, passive: true });
  addEventListener('mouseup', () => b.mouse.ups++, { capture: true, passive: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    b.observer = 'longtask';
  } catch (e) {
    b.observer = `failed: ${e}`;
  }
  b.startFrames = () => {
    const f = (b.frames = []);
    const loop = (t) => {
      if (b.frames !== f) return;
      f.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  b.stopFrames = () => {
    const f = b.frames ?? [];
    b.frames = null;
    return f;
  };
}

/** Where the chart is (scrolled into view if needed), its zoom scale and size. Runs in the page. */
/** In the page: how many events carry a label in the first view, and how many marks or labels overlap. */
function labelCensus() {
  const sr = document.querySelector('timeline-chart')?.shadowRoot;
  if (!sr) return null;
  const boxes = [];
  let labelled = 0;
  for (const g of sr.querySelectorAll('g.event')) {
    boxes.push(g.querySelector('path.symbol').getBoundingClientRect());
    const label = g.querySelector('text.label');
    if (label?.textContent) {
      labelled++;
      boxes.push(label.getBoundingClientRect());
    }
  }
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
    }
  return { labelled, overlaps };
}

function chartInfo() {
  const svg = document.querySelector('timeline-chart')?.shadowRoot?.querySelector('svg.chart') ?? document.querySelector('svg#chart');
  if (!svg) return null;
  let r = svg.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) {
    svg.scrollIntoView({ block: 'center' });
    r = svg.getBoundingClientRect();
  }
  return {
    x: Math.round(r.left + r.width / 2),
    y: Math.round(r.top + r.height / 2),
    // The axis band at the bottom of the chart: no marks there, so no hover tooltip under the pointer.
    axisY: Math.round(r.bottom - 14),
    tx: svg.__zoom?.x ?? null,
    width: r.width,
    height: r.height,
    k: svg.__zoom?.k ?? null,
    chartElements: svg.querySelectorAll('*').length,
  };
}

/** Every element in the document, including inside open shadow roots. Runs in the page. */
function countElements() {
  const count = (root) => {
    let n = 0;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = w.nextNode(); el; el = w.nextNode()) {
      n++;
      if (el.shadowRoot) n += count(el.shadowRoot);
    }
    return n;
  };
  return count(document);
}

export function stats(values) {
  if (!values.length) return { n: 0, median: null, p95: null, max: null };
  const s = [...values].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, median: round(q(0.5)), p95: round(q(0.95)), max: round(s[s.length - 1]), over33: s.filter((v) => v > 33.4).length };
}

const blocking = (tasks, from = -Infinity, to = Infinity) =>
  Math.round(tasks.filter(([t]) => t >= from && t < to).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0));

async function metrics(cdp, gc = false) {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Milliseconds of script, layout, style and all main-thread tasks between two metric snapshots. */
function busy(a, b) {
  const ms = (k) => Math.round((b[k] - a[k]) * 1000);
  return { task: ms('TaskDuration'), script: ms('ScriptDuration'), layout: ms('LayoutDuration'), style: ms('RecalcStyleDuration') };
}

/**
 * Sends events on a fixed cadence without waiting for each to be acknowledged (a CDP wheel ack
 * takes two frames even on an idle page), then waits for all acks. A busy renderer queues and
 * coalesces them, as it does real input.
 */
async function paced(count, intervalMs, send) {
  const acks = [];
  let next = performance.now();
  for (let i = 0; i < count; i++) {
    acks.push(send(i));
    next += intervalMs;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await Promise.all(acks);
}

/** Waits until the page has handled all the wheel input sent (coalesced events sum their deltas). */
const wheelsHandled = (page, sum, timeout) =>
  page.waitForFunction((target) => Math.abs(window.__bench.wheel.sum - target) < 0.5, { timeout, polling: 16 }, sum);

const wheel = (cdp, at, deltaY) =>
  cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY, modifiers: 2 });

/**
 * Loads `url` in a fresh browser context and measures it.
 * @param {object} o
 * @param {boolean} o.interact run the zoom and pan interactions
 * @param {number} o.timeoutMs for loading and the first draw
 * @param {object} o.input { steps, delta, intervalMs, panZoomSteps, moves, movePx, pointer }
 * @param {{ start: Function, stop: Function }} [o.profile] wraps the interactions, e.g. a CPU profile (profile.mjs)
 */
export async function measurePage(browser, url, o) {
  // `browserHung`: the page would not close; the caller should restart the browser.
  let hung = false;
  try {
    const result = await measureIn(browser, url, o, () => (hung = true));
    return Object.assign(result, { browserHung: hung });
  } catch (e) {
    throw Object.assign(e, { browserHung: hung });
  }
}

async function measureIn(browser, url, o, onHung) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(instrument);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs });
    const left = Math.max(1000, o.timeoutMs - (performance.now() - t0));
    await page.waitForFunction(() => performance.getEntriesByName('timeline:first-draw').length > 0, { timeout: left, polling: 50 });
    const wallToDraw = Math.round(performance.now() - t0);
    // Let the first frames, late tasks and idle work finish before reading the load figures.
    await sleep(1000);
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const mark = performance.getEntriesByName('timeline:first-draw')[0].startTime;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      return {
        firstDraw: mark,
        afterDcl: mark - nav.domContentLoadedEventStart,
        dclStart: nav.domContentLoadedEventStart,
        loadEnd: nav.loadEventEnd,
        fcp,
        observer: window.__bench.observer,
      };
    });
    const loadTasks = await page.evaluate(() => window.__bench.longtasks.slice());
    const afterLoad = await metrics(cdp, true);
    const elements = await page.evaluate(countElements);
    const chart = await page.evaluate(chartInfo);
    const labels = await page.evaluate(labelCensus);
    const result = {
      url,
      wallToDrawMs: wallToDraw,
      firstDrawMs: round(load.firstDraw),
      afterDclMs: round(load.afterDcl),
      dclMs: round(load.dclStart),
      fcpMs: load.fcp === null ? null : round(load.fcp),
      loadEventMs: round(load.loadEnd),
      longtaskObserver: load.observer,
      loadBlockingMs: blocking(loadTasks),
      loadLongtasks: loadTasks.length,
      longestLoadTaskMs: round(Math.max(0, ...loadTasks.map(([, d]) => d))),
      heapMB: round(afterLoad.JSHeapUsedSize / 2 ** 20),
      cdpNodes: afterLoad.Nodes,
      elements,
      chartElements: chart?.chartElements ?? null,
      labelled: labels?.labelled ?? null,
      labelOverlaps: labels?.overlaps ?? null,
      chartRect: chart && { width: chart.width, height: chart.height },
    };
    if (!o.interact || !chart) return result;

    const input = o.input;
    const at = { x: chart.x, y: input.pointer === 'centre' ? chart.y : chart.axisY };
    await page.mouse.move(at.x, at.y);
    await sleep(400);
    if (o.profile) await o.profile.start({ page, cdp });

    // Zoom: Ctrl + wheel in, then out, over the chart's centre.
    await page.keyboard.down('Control');
    const wheels0 = await page.evaluate(() => ({ ...window.__bench.wheel }));
    let m0 = await metrics(cdp);
    let from = await page.evaluate(() => (window.__bench.startFrames(), performance.now()));
    let w0 = performance.now();
    let sum = wheels0.sum;
    await paced(input.steps, input.intervalMs, () => wheel(cdp, at, -input.delta));
    await wheelsHandled(page, (sum -= input.steps * input.delta), o.timeoutMs);
    const kIn = (await page.evaluate(chartInfo))?.k ?? null;
    await paced(input.steps, input.intervalMs, () => wheel(cdp, at, input.delta));
    await wheelsHandled(page, (sum += input.steps * input.delta), o.timeoutMs);
    let wall = performance.now() - w0; // until the page had handled the last event
    await sleep(100);
    let frames = await page.evaluate(() => window.__bench.stopFrames());
    let to = await page.evaluate(() => performance.now());
    let m1 = await metrics(cdp);
    await page.keyboard.up('Control');
    const wheels1 = await page.evaluate(() => ({ ...window.__bench.wheel }));
    const kOut = (await page.evaluate(chartInfo))?.k ?? null;
    const zoomTasks = await page.evaluate(() => window.__bench.longtasks.slice());
    result.zoom = {
      ...stats(deltas(frames)),
      kAfterZoomIn: kIn,
      kAfterZoomOut: kOut,
      wheelEvents: wheels1.total - wheels0.total,
      wheelEventsOnChart: wheels1.chart - wheels0.chart,
      wallMs: Math.round(wall),
      nominalMs: 2 * input.steps * input.intervalMs,
      blockingMs: blocking(zoomTasks, from, to),
      busyMs: busy(m0, m1),
    };
    await sleep(300);

    // Pan: zoom in a little first (our chart cannot pan at k = 1), then drag right.
    await page.keyboard.down('Control');
    await paced(input.panZoomSteps, input.intervalMs, () => wheel(cdp, at, -input.delta));
    await wheelsHandled(page, (sum -= input.panZoomSteps * input.delta), o.timeoutMs);
    await page.keyboard.up('Control');
    await sleep(600);
    const before = await page.evaluate(chartInfo);
    await page.mouse.move(at.x, at.y);
    m0 = await metrics(cdp);
    from = await page.evaluate(() => (window.__bench.startFrames(), performance.now()));
    w0 = performance.now();
    const mouse = (type, x) => cdp.send('Input.dispatchMouseEvent', { type, x, y: at.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
    await mouse('mousePressed', at.x);
    await paced(input.moves, input.intervalMs, (i) => mouse('mouseMoved', at.x + (i + 1) * input.movePx));
    const ups = await page.evaluate(() => window.__bench.mouse.ups);
    await mouse('mouseReleased', at.x + input.moves * input.movePx);
    await page.waitForFunction(
      (x, n) => window.__bench.mouse.x === x && window.__bench.mouse.ups > n,
      { timeout: o.timeoutMs, polling: 16 },
      at.x + input.moves * input.movePx,
      ups,
    );
    wall = performance.now() - w0; // until the page had handled the release
    await sleep(100);
    frames = await page.evaluate(() => window.__bench.stopFrames());
    to = await page.evaluate(() => performance.now());
    m1 = await metrics(cdp);
    if (o.profile) result.profile = await o.profile.stop({ page, cdp });
    const after = await page.evaluate(chartInfo);
    const allTasks = await page.evaluate(() => window.__bench.longtasks.slice());
    result.pan = {
      ...stats(deltas(frames)),
      k: before?.k ?? null,
      movedPx: after && before ? Math.round(after.tx - before.tx) : null,
      wallMs: Math.round(wall),
      nominalMs: input.moves * input.intervalMs,
      blockingMs: blocking(allTasks, from, to),
      busyMs: busy(m0, m1),
    };
    result.totalBlockingMs = blocking(allTasks);
    const end = await metrics(cdp, true);
    result.heapAfterInteractionMB = round(end.JSHeapUsedSize / 2 ** 20);
    result.elementsAfterInteraction = await page.evaluate(countElements);
    return result;
  } finally {
    // Closing waits for the renderer; a renderer stuck in a huge page would wait forever.
    const closed = (await settlesWithin(page.close(), 15_000)) && (await settlesWithin(context.close(), 15_000));
    if (!closed) onHung?.();
  }
}

function deltas(ts) {
  const out = [];
  for (let i = 1; i < ts.length; i++) out.push(ts[i] - ts[i - 1]);
  return out;
}

function round(v) {
  return v === null || v === undefined || Number.isNaN(v) ? null : Math.round(v * 10) / 10;
}
