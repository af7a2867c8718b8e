/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, frames, input, until } from './input';
import { mountTimeline, zoomK, zoomTo, type Mounted } from './fixture';

/** The chart's SVG and a point in its empty area (between lanes), where the chart, not a mark, gets the input. */
function plot(m: Mounted) {
  const svg = m.shadow.querySelector<SVGSVGElement>('svg.chart')!;
  const r = svg.getBoundingClientRect();
  return { svg, x: Math.round(r.left + r.width * 0.62), y: Math.round(r.top + r.height - 40) };
}

/** Records, once dispatch is over, whether each wheel event had its default (scroll or page zoom) cancelled. */
function watchWheel() {
  const events: WheelEvent[] = [];
  const f = (e: WheelEvent) => events.push(e);
  window.addEventListener('wheel', f, { passive: true, capture: true });
  return {
    get seen() {
      return events.map((e) => e.defaultPrevented);
    },
    stop: () => window.removeEventListener('wheel', f, { capture: true }),
  };
}

describe('timeline-chart input', () => {
  let m: Mounted;
  beforeEach(async () => {
    window.scrollTo(0, 0);
    m = await mountTimeline({ width: 760 });
  });

  it('a plain vertical wheel scrolls the page, never zooms, and shows the Ctrl hint', async () => {
    const p = plot(m);
    const w = watchWheel();
    await input({ type: 'wheel', x: p.x, y: p.y, deltaY: 240 });
    await until(() => window.scrollY > 0, 'the page to scroll');
    await frames();
    w.stop();
    expect(zoomK(m)).to.equal(1);
    expect(w.seen).to.deep.equal([false]);
    const hint = m.shadow.querySelector<HTMLElement>('.hint')!;
    expect(hint.hidden).to.equal(false);
    expect(hint.textContent).to.match(/(Ctrl|⌘) \+ scroll to zoom/);
  });

  it('Ctrl + wheel zooms around the pointer and is cancelled, also at the zoom limits', async () => {
    const p = plot(m);
    const w = watchWheel();
    const before = m.chart.visibleWindow()!;
    await input({ type: 'keydown', key: 'Control' }, { type: 'wheel', x: p.x, y: p.y, deltaY: -200 }, { type: 'keyup', key: 'Control' });
    await until(() => zoomK(m) > 1, 'zoom in');
    const after = m.chart.visibleWindow()!;
    // Zooming around the pointer keeps the time under it in place: both edges move inwards.
    expect(after[0]).to.be.greaterThan(before[0]);
    expect(after[1]).to.be.lessThan(before[1]);
    // At the outer limit a further zoom out changes nothing, and is still cancelled.
    m.chart.resetZoom();
    await until(() => zoomK(m) === 1, 'reset');
    await input({ type: 'keydown', key: 'Control' }, { type: 'wheel', x: p.x, y: p.y, deltaY: 400 }, { type: 'keyup', key: 'Control' });
    await frames();
    w.stop();
    expect(zoomK(m)).to.equal(1);
    expect(w.seen.length).to.equal(2);
    expect(w.seen.every(Boolean), 'every Ctrl + wheel cancelled').to.equal(true);
    expect(window.scrollY).to.equal(0);
  });

  it('Shift + wheel and a horizontal wheel pan without zooming', async () => {
    await zoomTo(m, 4);
    const p = plot(m);
    const w0 = m.chart.visibleWindow()!;
    await input({ type: 'keydown', key: 'Shift' }, { type: 'wheel', x: p.x, y: p.y, deltaY: 200 }, { type: 'keyup', key: 'Shift' });
    await frames();
    const w1 = m.chart.visibleWindow()!;
    expect(w1[0]).to.be.greaterThan(w0[0]);
    await input({ type: 'wheel', x: p.x, y: p.y, deltaX: -300 });
    await frames();
    const w2 = m.chart.visibleWindow()!;
    expect(w2[0]).to.be.lessThan(w1[0]);
    expect(zoomK(m)).to.be.closeTo(4, 0.01);
    expect(window.scrollY).to.equal(0);
  });

  it('dragging pans the timeline', async () => {
    await zoomTo(m, 4);
    const p = plot(m);
    const w0 = m.chart.visibleWindow()!;
    await input({ type: 'move', x: p.x, y: p.y }, { type: 'down' }, { type: 'move', x: p.x - 200, y: p.y, steps: 8 }, { type: 'up' });
    await frames();
    const w1 = m.chart.visibleWindow()!;
    expect(w1[0]).to.be.greaterThan(w0[0]);
    expect(zoomK(m)).to.be.closeTo(4, 0.01);
  });

  it('a drag redraws every frame but writes no attribute or class it leaves as it was', async () => {
    await zoomTo(m, 4);
    const p = plot(m);
    // Each write is a mutation record; within one frame a draw writes an attribute at most once,
    // so a record whose old value is the value still there was a write of the same value.
    const same: string[] = [];
    let records = 0;
    const watch = new MutationObserver((rs) => {
      for (const r of rs) {
        records++;
        const el = r.target as Element;
        if (r.oldValue === el.getAttribute(r.attributeName!)) same.push(`${el.getAttribute('class') ?? el.localName} ${r.attributeName}="${r.oldValue}"`);
      }
    });
    watch.observe(p.svg, { subtree: true, attributes: true, attributeOldValue: true });
    await input({ type: 'move', x: p.x, y: p.y }, { type: 'down' }, { type: 'move', x: p.x - 200, y: p.y, steps: 8 }, { type: 'up' });
    await frames();
    watch.disconnect();
    expect(records, 'the drag redrew the chart').to.be.above(20);
    expect(same.slice(0, 5), `${same.length} writes of an unchanged value`).to.deep.equal([]);
  });

  it('a mark\'s label answers the pointer as its mark: hovering it shows the event\'s card, clicking it opens the event', async () => {
    await frames();
    // A labelled mark whose label's middle is well inside the plot.
    const label = [...m.shadow.querySelectorAll<SVGTextElement>('g.event text.label')].find((t) => {
      const r = t.getBoundingClientRect();
      return (t.textContent ?? '').length > 8 && r.width > 40 && r.left > 20 && r.right < 740 && r.top > 0;
    })!;
    expect(label, 'a labelled mark').to.not.equal(undefined);
    const id = label.parentElement!.querySelector<SVGGElement>('g.mark')!.dataset.id!;
    const r = label.getBoundingClientRect();
    // Between two words, where no glyph is painted, still on the label.
    const at = { x: Math.round(r.left + r.width * 0.5), y: Math.round(r.top + r.height / 2) };
    await input({ type: 'move', ...at, steps: 3 });
    const glance = m.shadow.querySelector('event-card[variant=compact]') as HTMLElement & { item: { event: { id: string } } | null };
    await until(() => glance.hasAttribute('open') && glance.item?.event.id === id, 'the hover card of the label\'s event');
    await input({ type: 'click', ...at });
    await until(() => m.chart.selectedId === id && m.chart.pinned, 'the label\'s event opened');
    const card = m.shadow.querySelector('event-card[variant=full]') as HTMLElement & { item: { event: { id: string } } | null };
    await until(() => card.hasAttribute('open') && card.item?.event.id === id, 'its full card');
  });

  it('the zoom buttons zoom in, out and reset', async () => {
    const [zin, zout, reset] = [...m.shadow.querySelectorAll<HTMLButtonElement>('.zoom button')];
    await input({ type: 'click', ...centre(zin) });
    await until(() => zoomK(m) > 1.9, 'zoom in by button');
    await input({ type: 'click', ...centre(zin) });
    await until(() => zoomK(m) > 3.9, 'zoom in again');
    await input({ type: 'click', ...centre(zout) });
    await until(() => zoomK(m) < 2.1, 'zoom out by button');
    await input({ type: 'click', ...centre(reset) });
    await until(() => zoomK(m) === 1, 'reset by button');
  });

  it('zoom stops at about a day', async () => {
    for (let i = 0; i < 6; i++) {
      m.chart.zoomBy(4);
      await new Promise((r) => setTimeout(r, 320));
    }
    await until(() => {
      const w = m.chart.visibleWindow()!;
      return w[1] - w[0] < 3 * 86_400_000;
    }, 'deepest zoom');
    const w = m.chart.visibleWindow()!;
    expect(w[1] - w[0]).to.be.at.least(2 * 86_400_000 - 1000);
  });

  it('Ctrl + wheel over a hover card is cancelled, hides the card and goes on zooming the chart', async () => {
    await zoomTo(m, 4);
    await frames();
    const target = [...m.shadow.querySelectorAll<SVGGElement>('g.mark')].find((g) => {
      const r = g.getBoundingClientRect();
      return r.left > 150 && r.right < 600 && r.top > 0;
    })!;
    await input({ type: 'move', ...centre(target.querySelector('path')!) });
    const tip = m.shadow.querySelector('event-card[variant=compact]')!;
    await until(() => tip.hasAttribute('open') && tip.getBoundingClientRect().height > 0, 'a hover card');
    await frames(3);
    const over = centre(tip);
    const w = watchWheel();
    await input({ type: 'keydown', key: 'Control' }, { type: 'wheel', ...over, deltaY: -120 }, { type: 'wheel', ...over, deltaY: -120 }, { type: 'keyup', key: 'Control' });
    await frames();
    w.stop();
    expect(w.seen.length).to.be.greaterThan(0);
    expect(w.seen.every(Boolean), 'no page zoom').to.equal(true);
    await until(() => !tip.hasAttribute('open'), 'the hover card to get out of the way');
  });
});
