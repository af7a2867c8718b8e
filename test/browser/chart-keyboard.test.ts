/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, frames, input, until } from './input';
import { mark, mountTimeline, zoomK, type Mounted } from './fixture';
import { expectNoAxeViolations } from './axe';
import type { EventCard } from '../../src/components/event-card';

const focusedId = (m: Mounted) => (m.shadow.activeElement as SVGGElement | null)?.dataset?.id ?? null;
const fullCard = (m: Mounted) => m.shadow.querySelector<EventCard>('event-card[variant=full]')!;
const glance = (m: Mounted) => m.shadow.querySelector<EventCard>('event-card[variant=compact]')!;

describe('timeline-chart keyboard, event cards and accessibility', () => {
  let m: Mounted;
  beforeEach(async () => {
    m = await mountTimeline({ width: 760 });
  });

  it('Tab reaches the chart after the zoom buttons, and arrow keys walk the events in date order', async () => {
    const ids = m.model.events.map((e) => e.event.id);
    // After the zoom buttons and Previous / Next: the legend's kinds, one tab stop (arrows move along them), then the plot.
    m.shadow.querySelector<HTMLButtonElement>('.steps .next')!.focus();
    await input({ type: 'press', key: 'Tab' });
    expect(m.shadow.activeElement?.getAttribute('data-kind'), 'the legend').to.equal('delivery');
    await input({ type: 'press', key: 'ArrowRight' });
    expect(m.shadow.activeElement?.getAttribute('data-kind'), 'arrows move along the legend').to.equal('agreement');
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

  it('Enter opens the full card; its links are reachable by Tab and open safely in a new tab; Escape closes it and keeps focus', async () => {
    const item = m.model.events.find((e) => e.event.sources.some((s) => s.url))!;
    m.chart.select(item.event.id, { focus: true, center: true });
    await frames();
    await input({ type: 'press', key: 'Enter' });
    const tip = fullCard(m);
    await until(() => tip.open && m.chart.pinned, 'the full card');
    expect(tip.getAttribute('role')).to.equal('dialog');
    expect(tip.shadowRoot!.textContent).to.contain(item.event.title);
    const links = [...tip.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    await input({ type: 'press', key: 'Tab' });
    await until(() => tip.shadowRoot!.activeElement !== null, 'focus inside the card');
    await expectNoAxeViolations();
    await input({ type: 'press', key: 'Escape' });
    await until(() => !tip.open, 'card closed');
    expect(focusedId(m)).to.equal(item.event.id);
  });

  it('hovering a mark shows its compact card, which never takes the pointer; leaving hides it', async () => {
    m.chart.zoomBy(3);
    await until(() => zoomK(m) > 2.9, 'zoom');
    await frames();
    const target = [...m.shadow.querySelectorAll<SVGGElement>('g.mark')].find((g) => {
      const r = g.getBoundingClientRect();
      return r.left > 100 && r.right < 660;
    })!;
    await input({ type: 'move', ...centre(target.querySelector('path')!) });
    const tip = glance(m);
    await until(() => tip.open && tip.item?.event.id === target.dataset.id, 'hover card');
    expect(m.chart.pinned).to.equal(false);
    expect(fullCard(m).open).to.equal(false);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    await until(() => tip.getBoundingClientRect().width > 0, 'placed');
    expect(getComputedStyle(tip).pointerEvents).to.equal('none');
    // Compact: no sources list, no links, nothing to scroll or focus.
    expect(tip.shadowRoot!.querySelectorAll('a, button').length).to.equal(0);
    expect(tip.getBoundingClientRect().height).to.be.below(200);
    await input({ type: 'move', x: 5, y: 5, steps: 3 });
    await until(() => !tip.open, 'hidden after leaving');
  });

  it('a click opens the full card, which stays on screen at the edges', async () => {
    const last = m.model.events[m.model.events.length - 1].event.id;
    m.chart.select(last, { center: false });
    await frames();
    const g = mark(m, last)!;
    await input({ type: 'click', ...centre(g.querySelector('path')!) });
    const tip = fullCard(m);
    await until(() => tip.open && m.chart.pinned, `opened by click (${m.chart.selectedId}, ${JSON.stringify(centre(g))}, ${tip.open}, ${m.chart.pinned})`);
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
