import { expect } from '@esm-bundle/chai';
import '../../src/components/timeline-overview';
import type { TimelineOverview } from '../../src/components/timeline-overview';
import type { TimeWindow } from '../../src/chart/view-window';
import { buildModel, indexModel, type ChartEvent, type TimelineModel } from '../../src/data/timeline-model';
import type { EventHead } from '../../src/data/types';
import { densityBins } from '../../src/chart/density';
import { DAY_MS } from '../../src/time/calendar-day';
import { centre, frames, input, swipe, until, withTouch } from './input';
import { realData } from './fixture';
import { expectNoAxeViolations } from './axe';

const MIN_SPAN = 2 * DAY_MS;

interface Mounted {
  ov: TimelineOverview;
  brush: HTMLElement;
  plot: HTMLElement;
  handles: HTMLElement[];
  domain: TimeWindow;
  /** Every window the element announced, in order. */
  seen: TimeWindow[];
  /** Pixels per ms. */
  k: number;
}

/** Mounts `<timeline-overview>` alone over the real data, 600 px of histogram, with the page tall enough to scroll. */
async function mount(at: [number, number] = [0.1, 0.3]): Promise<Mounted> {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  document.title = 'Overview test page';
  const href = '/src/styles/theme.css';
  if (!document.querySelector(`link[href="${href}"]`)) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    document.head.append(link);
    await new Promise((r) => link.addEventListener('load', r, { once: true }));
  }
  const main = document.createElement('main');
  main.style.cssText = 'width: 624px; margin: 40px 20px 0';
  main.innerHTML = '<h1>Overview</h1><timeline-overview></timeline-overview><div class="spacer"></div>';
  (main.querySelector('.spacer') as HTMLElement).style.height = '3000px';
  document.body.append(main);
  window.scrollTo(0, 0);
  const model = buildModel(await realData());
  const ov = main.querySelector('timeline-overview')!;
  const domain = model.extent;
  const span = domain[1] - domain[0];
  ov.model = model;
  ov.domain = domain;
  ov.minSpan = MIN_SPAN;
  ov.window = [domain[0] + at[0] * span, domain[0] + at[1] * span];
  const seen: TimeWindow[] = [];
  ov.addEventListener('overview-window', (e) => seen.push(e.detail.window));
  await until(() => ov.width > 0, 'the overview to measure its width');
  await ov.updateComplete;
  const root = ov.shadowRoot!;
  return {
    ov,
    seen,
    domain,
    brush: root.querySelector<HTMLElement>('.brush')!,
    plot: root.querySelector<HTMLElement>('.plot')!,
    handles: [...root.querySelectorAll<HTMLElement>('.handle')],
    k: ov.width / span,
  };
}

const last = (m: Mounted) => m.seen[m.seen.length - 1];
const width = (w: TimeWindow) => w[1] - w[0];

/** Drags with the mouse from the centre of an element by dx px, in several moves. */
async function drag(el: Element, dx: number): Promise<void> {
  const { x, y } = centre(el);
  await input({ type: 'move', x, y }, { type: 'down' }, { type: 'move', x: x + dx, y, steps: 8 }, { type: 'up' });
}

describe('<timeline-overview>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('draws the density of the whole span and the brush exactly over the window', async () => {
    const m = await mount();
    expect(m.ov.width).to.equal(600);
    expect(m.ov.shadowRoot!.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    for (const [a, b] of [[0.1, 0.3], [0, 1], [0.5, 0.5001], [0.9, 1]]) {
      const w: TimeWindow = [m.domain[0] + a * width(m.domain), m.domain[0] + b * width(m.domain)];
      m.ov.window = w;
      await m.ov.updateComplete;
      const r = m.brush.getBoundingClientRect();
      const p = m.plot.getBoundingClientRect();
      expect(r.left - p.left, `x of ${a}–${b}`).to.be.closeTo((w[0] - m.domain[0]) * m.k, 1);
      expect(r.width, `width of ${a}–${b}`).to.be.closeTo(width(w) * m.k, 1);
    }
    for (const h of m.handles) {
      const r = h.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    }
    m.ov.window = [Date.UTC(2022, 9, 12), Date.UTC(2022, 10, 4)];
    await m.ov.updateComplete;
    expect(m.brush.getAttribute('aria-valuetext'), 'the dates shown, in words').to.equal('12 October 2022 to 3 November 2022');
    expect(m.seen, 'setting the window is not announced back').to.deep.equal([]);
  });

  it('a new window on every zoom frame only moves the brush; a new width redraws the bars', async () => {
    const m = await mount();
    const root = m.ov.shadowRoot!;
    const path = root.querySelector('path')!;
    const bars = path.getAttribute('d');
    const touched = new Set<Element>();
    const watch = new MutationObserver((records) => records.forEach((r) => touched.add(r.target as Element)));
    watch.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    for (let i = 1; i <= 10; i++) {
      m.ov.window = [m.domain[0] + i * DAY_MS, m.domain[0] + (20 + i * 3) * DAY_MS];
      await m.ov.updateComplete;
    }
    watch.disconnect();
    expect([...new Set([...touched].map((el) => el.className))].sort(), 'only the brush and its handles change').to.deep.equal(['brush', 'handle']);
    expect(root.querySelector('path')).to.equal(path);
    (m.ov.parentElement as HTMLElement).style.width = '324px';
    await until(() => m.ov.width === 300, 'the overview to follow its new width');
    await m.ov.updateComplete;
    expect(path.getAttribute('d')).to.not.equal(bars);
    const w = m.ov.window!;
    const k = 300 / width(m.domain);
    const r = m.brush.getBoundingClientRect();
    expect(r.left - m.plot.getBoundingClientRect().left).to.be.closeTo((w[0] - m.domain[0]) * k, 1);
    expect(r.width).to.be.closeTo(width(w) * k, 1);
  });

  it('dragging the brush moves the window and keeps its width', async () => {
    const m = await mount();
    const before = m.ov.window!;
    const x0 = m.brush.getBoundingClientRect().left;
    await drag(m.brush, 60);
    expect(m.seen.length).to.be.greaterThan(1);
    expect(last(m)[0]).to.be.closeTo(before[0] + 60 / m.k, 1 / m.k);
    expect(width(last(m))).to.be.closeTo(width(before), 1);
    await m.ov.updateComplete;
    expect(m.brush.getBoundingClientRect().left - x0).to.be.closeTo(60, 1);
    await drag(m.brush, -1000);
    expect(last(m)[0], 'stops at the start of the domain').to.equal(m.domain[0]);
  });

  it('dragging a handle resizes the window, never narrower than minSpan nor outside the domain', async () => {
    const m = await mount();
    const before = m.ov.window!;
    await drag(m.handles[1], -300);
    expect(last(m)[0], 'the start stays').to.equal(before[0]);
    expect(width(last(m))).to.be.closeTo(MIN_SPAN, 1);
    await m.ov.updateComplete;
    await drag(m.handles[1], 100);
    expect(last(m)[1]).to.be.closeTo(before[0] + MIN_SPAN + 100 / m.k, 1 / m.k);
    await m.ov.updateComplete;
    const end = last(m)[1];
    await drag(m.handles[0], -40);
    expect(last(m)[0]).to.be.closeTo(before[0] - 40 / m.k, 1 / m.k);
    expect(last(m)[1], 'the end stays').to.equal(end);
    await m.ov.updateComplete;
    await drag(m.handles[0], -1000);
    expect(last(m)[0], 'stops at the start of the domain').to.equal(m.domain[0]);
  });

  it('a click on the strip outside the brush centres the window there', async () => {
    const m = await mount();
    const before = m.ov.window!;
    const p = m.plot.getBoundingClientRect();
    await input({ type: 'click', x: Math.round(p.left + 420), y: Math.round(p.top + p.height / 2) });
    expect(m.seen.length).to.equal(1);
    const w = last(m);
    expect((w[0] + w[1]) / 2).to.be.closeTo(m.domain[0] + (Math.round(p.left + 420) - p.left) / m.k, 1 / m.k);
    expect(width(w)).to.be.closeTo(width(before), 1);
    const n = m.seen.length;
    const c = centre(m.brush);
    await input({ type: 'click', x: c.x, y: c.y });
    expect(m.seen.length, 'a click on the brush itself changes nothing').to.equal(n);
  });

  it('keys on the brush move and resize the window (WAI-ARIA slider)', async () => {
    const m = await mount([0.3, 0.5]);
    expect(m.brush.getAttribute('role')).to.equal('slider');
    expect(m.brush.getAttribute('aria-label')).to.equal('Overview of the whole timeline; drag to move the view');
    expect(m.brush.getAttribute('aria-valuetext')).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}$/);
    m.brush.focus();
    const w0 = m.ov.window!;
    const s = width(w0);
    await input({ type: 'press', key: 'ArrowRight' });
    expect(last(m)[0]).to.be.closeTo(w0[0] + s / 10, 1);
    expect(getComputedStyle(m.brush).outlineStyle, 'focus is visible').to.equal('solid');
    await input({ type: 'press', key: 'ArrowLeft' });
    expect(last(m)[0]).to.be.closeTo(w0[0], 1);
    await input({ type: 'keydown', key: 'Shift' }, { type: 'press', key: 'ArrowRight' }, { type: 'keyup', key: 'Shift' });
    expect(last(m)[0]).to.be.closeTo(w0[0] + s, 1);
    await input({ type: 'press', key: 'PageDown' });
    expect(last(m)[0]).to.be.closeTo(w0[0], 1);
    await input({ type: 'press', key: 'Home' });
    expect(last(m)[0]).to.equal(m.domain[0]);
    await input({ type: 'press', key: 'End' });
    expect(last(m)[1]).to.equal(m.domain[1]);
    await input({ type: 'press', key: '+' });
    expect(width(last(m))).to.be.closeTo(s / 1.5, 1);
    await input({ type: 'press', key: '-' });
    expect(width(last(m))).to.be.closeTo(s, 1);
    await m.ov.updateComplete;
    expect(m.brush.getAttribute('aria-valuetext')).to.match(/ to \d{1,2} [A-Z][a-z]+ 2023$/);
  });

  it('with touch, a vertical swipe over the histogram scrolls the page and leaves the window; a tap centres it; a drag moves the brush', async () => {
    const m = await mount();
    const before = m.ov.window!;
    const p = m.plot.getBoundingClientRect();
    const x = Math.round(p.left + 450);
    const y = Math.round(p.top + p.height / 2);
    await withTouch(async () => {
      await input(swipe(x, y, 0, -150), { type: 'wait', ms: 600 });
      await frames();
      expect(m.seen, 'the swipe leaves the window').to.deep.equal([]);
      expect(m.ov.window).to.deep.equal(before);
      expect(window.scrollY, 'the swipe scrolls the page').to.be.greaterThan(20);
    });
    // A fresh touch session, with the page back at the top, so no fling is still running.
    window.scrollTo(0, 0);
    await frames();
    await withTouch(async () => {
      await input({ type: 'touch', frames: [[[x, y]]] });
      await until(() => m.seen.length === 1, 'the tap to centre the window');
      expect((last(m)[0] + last(m)[1]) / 2).to.be.closeTo(m.domain[0] + (x - p.left) / m.k, 1 / m.k);
      await m.ov.updateComplete;
      const tapped = last(m);
      const c = centre(m.brush);
      await input(swipe(c.x, c.y, -80, 0));
      await until(() => last(m)[0] !== tapped[0], 'the brush to follow the finger');
      expect(last(m)[0]).to.be.closeTo(tapped[0] - 80 / m.k, 2 / m.k);
    });
  });

  it('with touch, a vertical swipe over a brush that covers the whole span still scrolls the page', async () => {
    const m = await mount([0, 1]);
    const c = centre(m.brush);
    await withTouch(async () => {
      await input(swipe(c.x, c.y, 0, -150), { type: 'wait', ms: 600 });
      await frames();
    });
    expect(m.ov.window).to.deep.equal(m.domain);
    expect(window.scrollY, 'the swipe scrolls the page').to.be.greaterThan(20);
    window.scrollTo(0, 0);
  });

  it('has no axe violations, at rest and with the brush focused', async () => {
    const m = await mount();
    await expectNoAxeViolations();
    m.brush.focus();
    await input({ type: 'press', key: 'ArrowRight' });
    await expectNoAxeViolations();
  });

  it('bins 100,000 synthetic events into 400 bins well inside a frame (figure logged)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const t0 = Date.UTC(2022, 0, 1);
    const span = 2 * 365 * DAY_MS;
    const ats = Array.from({ length: 100_000 }, () => t0 + Math.floor(rand() * span)).sort((a, b) => a - b);
    const events = ats.map((at, index) => ({ index, at, start: at, end: at, uncertain: false, event: { id: `e${index}` } as EventHead }) as ChartEvent);
    const model: TimelineModel = indexModel(events);
    densityBins(model.events, model.extent, 400);
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i++) densityBins(model.events, model.extent, 400);
    const ms = (performance.now() - start) / runs;
    console.log(`densityBins in Chromium: 100,000 events into 400 bins in ${ms.toFixed(3)} ms (mean of ${runs})`);
    expect(densityBins(model.events, model.extent, 400).counts.reduce((a, b) => a + b, 0)).to.equal(100_000);
  });
});
