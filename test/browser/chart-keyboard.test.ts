/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, frames, input, until } from './input';
import { mark, mountTimeline, zoomK, type Mounted } from './fixture';
import { expectNoAxeViolations } from './axe';

const focusedId = (m: Mounted) => (m.shadow.activeElement as SVGGElement | null)?.dataset?.id ?? null;
const tooltip = (m: Mounted) => m.shadow.querySelector('source-tooltip')!;

describe('timeline-chart keyboard, tooltip and accessibility', () => {
  let m: Mounted;
  beforeEach(async () => {
    m = await mountTimeline({ width: 760 });
  });

  it('Tab reaches the chart after the zoom buttons, and arrow keys walk the events in date order', async () => {
    const ids = m.model.events.map((e) => e.event.id);
    m.shadow.querySelectorAll<HTMLButtonElement>('.zoom button')[2].focus();
    await input({ type: 'press', key: 'Tab' });
    expect(focusedId(m), `focus on ${m.shadow.activeElement?.outerHTML.slice(0, 120)}`).to.equal(ids[0]);
    await input({ type: 'press', key: 'ArrowRight' }, { type: 'press', key: 'ArrowRight' });
    await until(() => focusedId(m) === ids[2], 'third event focused');
    expect(m.chart.selectedId).to.equal(ids[2]);
    await input({ type: 'press', key: 'ArrowLeft' });
    await until(() => focusedId(m) === ids[1], 'back to the second');
    await input({ type: 'press', key: 'End' });
    await until(() => focusedId(m) === ids[ids.length - 1], 'the last event');
    await input({ type: 'press', key: 'Home' });
    await until(() => focusedId(m) === ids[0], 'the first event');
    // Every event is reachable, one key press each, even those hidden in a group at this zoom.
    for (let i = 1; i < ids.length; i++) {
      await input({ type: 'press', key: 'ArrowRight' });
      await until(() => focusedId(m) === ids[i], `event ${i}`);
    }
  });

  it('+ and - zoom from the keyboard', async () => {
    mark(m, m.model.events[5].event.id)!.focus();
    await input({ type: 'press', key: '+' });
    await until(() => zoomK(m) > 1.9, 'zoom in');
    await input({ type: 'press', key: '-' });
    await until(() => zoomK(m) < 1.1, 'zoom out');
  });

  it('Enter pins the tooltip; its links are reachable by Tab and open safely in a new tab; Escape closes it and keeps focus', async () => {
    const item = m.model.events.find((e) => e.event.sources.some((s) => s.url))!;
    m.chart.select(item.event.id, { focus: true, center: true });
    await frames();
    await input({ type: 'press', key: 'Enter' });
    const tip = tooltip(m);
    await until(() => tip.open && tip.pinned, 'pinned tooltip');
    expect(tip.getAttribute('role')).to.equal('dialog');
    expect(tip.shadowRoot!.textContent).to.contain(item.event.title);
    const links = [...tip.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    await input({ type: 'press', key: 'Tab' });
    await until(() => tip.shadowRoot!.activeElement !== null, 'focus inside the tooltip');
    await expectNoAxeViolations();
    await input({ type: 'press', key: 'Escape' });
    await until(() => !tip.open, 'tooltip closed');
    expect(focusedId(m)).to.equal(item.event.id);
  });

  it('hovering a mark shows its tooltip; the pointer can move onto it; leaving both hides it', async () => {
    m.chart.zoomBy(3);
    await until(() => zoomK(m) > 2.9, 'zoom');
    await frames();
    const target = [...m.shadow.querySelectorAll<SVGGElement>('g.mark')].find((g) => {
      const r = g.getBoundingClientRect();
      return r.left > 100 && r.right < 660;
    })!;
    await input({ type: 'move', ...centre(target.querySelector('path')!) });
    const tip = tooltip(m);
    await until(() => tip.open && tip.item?.event.id === target.dataset.id, 'hover tooltip');
    expect(tip.pinned).to.equal(false);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    await until(() => tip.getBoundingClientRect().width > 0, 'placed');
    await frames();
    await input({ type: 'move', ...centre(tip), steps: 5 }, { type: 'wait', ms: 500 });
    expect(tip.open, 'still open with the pointer on it').to.equal(true);
    await input({ type: 'move', x: 5, y: 5, steps: 3 });
    await until(() => !tip.open, 'hidden after leaving');
  });

  it('a click pins the tooltip, which stays on screen at the edges', async () => {
    const last = m.model.events[m.model.events.length - 1].event.id;
    m.chart.select(last, { center: false });
    await frames();
    const g = mark(m, last)!;
    await input({ type: 'click', ...centre(g.querySelector('path')!) });
    const tip = tooltip(m);
    await until(() => tip.open && tip.pinned, `pinned by click (${m.chart.selectedId}, ${JSON.stringify(centre(g))}, ${tip.open}, ${tip.pinned})`);
    await frames(4);
    const r = tip.getBoundingClientRect();
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(window.innerWidth);
    expect(r.top).to.be.at.least(0);
  });

  it('announces a selection change once, politely', async () => {
    const live = m.shadow.querySelector('[aria-live="polite"]')!;
    const item = m.model.events[3];
    m.chart.select(item.event.id);
    await frames();
    expect(live.textContent).to.contain(item.event.title);
    expect(live.textContent).to.contain(`4 of ${m.model.events.length}`);
  });

  it('has no axe violations at first load and zoomed in', async () => {
    await expectNoAxeViolations();
    m.chart.zoomBy(8);
    await until(() => zoomK(m) > 7.9, 'zoom');
    await frames();
    await expectNoAxeViolations();
  });

  it('is usable at 320 px wide', async () => {
    m = await mountTimeline({ width: 320 });
    await frames();
    const svg = m.shadow.querySelector('svg.chart')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(320);
    expect(m.shadow.querySelectorAll('g.mark').length).to.be.greaterThan(0);
    await expectNoAxeViolations();
  });
});
