/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, frames, input, swipe, until, viewport, withTouch } from './input';
import { openAtSize, type Site } from './site';
import type { EventCard } from '../../src/components/event-card';

// The built site (npm run build) as a reader meets it, asserted as geometry: at 1280 x 800 on a
// desktop, and at 390 x 844 with touch on a phone. The site fills the test page's viewport.

const KYIV = '2022-10-17-kyiv-drone-strikes';

const open = openAtSize;

const card = (s: Site, variant: 'compact' | 'full') => s.chart.shadowRoot!.querySelector<EventCard>(`event-card[variant=${variant}]`)!;
const markOf = (s: Site, id: string) => s.chart.shadowRoot!.querySelector<SVGGElement>(`g.mark[data-id="${id}"]`);
const box = (el: Element) => el.getBoundingClientRect();

/** Every element inside a card (its shadow root too) that scrolls on its own: there must be none. */
function innerScrollers(el: EventCard): string[] {
  const all = [el, ...el.shadowRoot!.querySelectorAll('*')];
  return all.filter((n) => n.scrollHeight > n.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(n).overflowY)).map((n) => n.localName);
}

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

describe('in the hand: desktop, 1280 x 800', () => {
  after(() => viewport());

  it('the document is no taller than its content (hidden text stays inside the list)', async () => {
    const s = await open('', DESKTOP);
    const content = Math.ceil(s.doc.body.getBoundingClientRect().bottom + s.win.scrollY);
    const footer = s.doc.querySelector('.colophon')!;
    expect(s.doc.documentElement.scrollHeight, 'page height').to.be.at.most(Math.max(content, footer.getBoundingClientRect().bottom + s.win.scrollY) + 40);
  });

  it('nothing looks selected or outlined on load', async () => {
    const s = await open('', DESKTOP);
    await new Promise((r) => setTimeout(r, 400));
    expect(s.chart.shadowRoot!.querySelectorAll('.is-current, .is-selected').length).to.equal(0);
    expect(s.doc.querySelectorAll('li[aria-current]').length).to.equal(0);
  });

  it('sweeping the pointer along a lane shows each mark’s compact card in turn, never over the lane', async () => {
    const s = await open('?from=2022-10-01&to=2022-10-31', DESKTOP);
    s.chart.select(null);
    await frames(2);
    const fr = box(s.frame);
    const plot = box(s.chart.shadowRoot!.querySelector('svg.chart')!);
    const marks = [...s.chart.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')]
      .map((g) => ({ id: g.dataset.id!, r: box(g.querySelector('path')!) }))
      .filter((m) => m.r.left > plot.left + 4 && m.r.right < plot.right - 4);
    const lanes = new Map<number, typeof marks>();
    for (const m of marks) {
      const y = Math.round(m.r.top + m.r.height / 2);
      lanes.set(y, [...(lanes.get(y) ?? []), m]);
    }
    // The two lanes with the most marks, each swept from left to right.
    const busiest = [...lanes].sort((a, b) => b[1].length - a[1].length).slice(0, 2);
    expect(busiest.reduce((n, [, l]) => n + l.length, 0), 'several marks to sweep').to.be.at.least(4);
    const peek = card(s, 'compact');
    let shown = 0;
    let total = 0;
    for (const [laneY, lane] of busiest) {
      lane.sort((a, b) => a.r.left - b.r.left);
      total += lane.length;
      for (const m of lane) {
        await input({ type: 'move', x: Math.round(fr.left + m.r.left + m.r.width / 2), y: Math.round(fr.top + laneY), steps: 4 });
        await until(() => peek.open && peek.item?.event.id === m.id, `the card of ${m.id}`, 1500);
        await frames(2);
        const r = box(peek);
        expect(r.bottom <= laneY - 10 || r.top >= laneY + 10, `the card of ${m.id} clears the lane at ${laneY}: ${r.top}-${r.bottom}`).to.equal(true);
        expect(r.left).to.be.at.least(0);
        expect(r.right).to.be.at.most(DESKTOP.width);
        shown++;
      }
    }
    expect(shown).to.equal(total);
    expect(s.chart.pinned).to.equal(false);
  });

  it('a click opens the full card beside its mark: on screen, below the headline, no inner scroll box; it moves with the page and a click outside closes it', async () => {
    const s = await open('?from=2022-10-01&to=2022-10-31', DESKTOP);
    s.chart.select(null);
    await frames(2);
    const fr = box(s.frame);
    const c = centre(markOf(s, KYIV)!.querySelector('path')!);
    await input({ type: 'click', x: c.x + fr.left, y: c.y + fr.top });
    const full = card(s, 'full');
    await until(() => full.open && full.item?.event.id === KYIV && box(full).width > 0, 'the full card');
    await frames(4);
    const r = box(full);
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(DESKTOP.width);
    expect(r.top, 'not over the headline').to.be.at.least(box(s.doc.querySelector('h1')!).bottom);
    expect(r.top).to.be.below(DESKTOP.height);
    expect(innerScrollers(full)).to.deep.equal([]);
    expect(card(s, 'compact').open, 'no second card for the same event').to.equal(false);
    // The page scrolls: the card keeps its place beside the mark.
    const offset = r.top - box(markOf(s, KYIV)!).top;
    s.win.scrollBy(0, 150);
    await frames(3);
    expect(Math.abs(box(full).top - box(markOf(s, KYIV)!).top - offset)).to.be.below(2);
    // A click outside the chart closes it.
    s.win.scrollTo(0, 0);
    await frames(2);
    const h1 = box(s.doc.querySelector('h1')!);
    await input({ type: 'click', x: Math.round(h1.left + 20), y: Math.round(h1.top + 10) });
    await until(() => !full.open, 'the card to close on a click outside');
  });

  it('a click on a list title selects the event on the chart without opening a card over the list', async () => {
    const s = await open('', DESKTOP);
    const link = s.doc.querySelector<HTMLAnchorElement>(`li.event[data-id="${KYIV}"] a.event-link`)!;
    link.scrollIntoView({ block: 'center' });
    await frames(3);
    const r = box(link);
    const fr = box(s.frame);
    await input({ type: 'click', x: Math.round(fr.left + r.left + 10), y: Math.round(fr.top + r.top + r.height / 2) });
    await until(() => s.chart.selectedId === KYIV, 'the event selected');
    await frames(3);
    expect(card(s, 'full').open).to.equal(false);
    expect(card(s, 'compact').open).to.equal(false);
  });

  it('Tab from a focused mark goes on to the next control, never to the body', async () => {
    const s = await open('', DESKTOP);
    const zoomButtons = s.chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button');
    zoomButtons[zoomButtons.length - 1].focus();
    // Past the legend's single tab stop, to the plot.
    await input({ type: 'press', key: 'Tab' }, { type: 'press', key: 'Tab' });
    await until(() => (s.chart.shadowRoot!.activeElement as Element | null)?.classList.contains('mark') ?? false, 'a mark focused');
    await until(() => card(s, 'compact').open, 'its compact card');
    await input({ type: 'press', key: 'Tab' });
    await frames(2);
    expect(s.doc.activeElement).to.not.equal(s.doc.body);
    expect(s.doc.activeElement).to.not.equal(null);
  });
});

describe('in the hand: phone, 390 x 844 with touch', () => {
  after(() => viewport());

  it('a clearly horizontal swipe pans the timeline and leaves the page where it is', async () => {
    await withTouch(async () => {
      const s = await open('', PHONE);
      s.chart.showWindow([Date.UTC(2022, 9, 1), Date.UTC(2022, 10, 15)]);
      await frames(3);
      const before = s.chart.visibleWindow()!;
      const svg = s.chart.shadowRoot!.querySelector('svg.chart')!;
      const plot = box(svg);
      const seen: string[] = [];
      for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) svg.addEventListener(type, (e) => seen.push(`${type}:${(e as TouchEvent).touches.length}:${e.cancelable}`), { passive: true });
      const fr = box(s.frame);
      const [x, y] = [Math.round(plot.left + plot.width * 0.7), Math.round(plot.top + 100)];
      expect(document.elementFromPoint(fr.left + x, fr.top + y), 'the swipe starts over the frame').to.equal(s.frame);
      const swipeLeft = swipe(Math.round(fr.left + x), Math.round(fr.top + y), -150, 8);
      await input(swipeLeft);
      await until(() => s.chart.visibleWindow()![0] > before[0] + 86_400_000, `the timeline to pan (${seen.slice(0, 5).join(' ')} … ${seen.length} events; window ${before[0]} → ${s.chart.visibleWindow()![0]})`);
      expect(s.win.scrollY).to.be.below(5);
    });
  });

  it('a one-finger vertical swipe over the plot scrolls the page: over a mark, an empty lane and the axis', async () => {
    await withTouch(async () => {
      const s = await open('', PHONE);
      const svg = s.chart.shadowRoot!.querySelector('svg.chart')!;
      const plot = box(svg);
      const m = [...s.chart.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')].map((g) => box(g.querySelector('path')!)).find((r) => r.left > 40 && r.right < PHONE.width - 40)!;
      const lanes = [...s.chart.shadowRoot!.querySelectorAll<SVGGElement>('g.event')].map((g) => box(g).top);
      const emptyY = plot.top + 4 + 30 * 4; // the fifth lane's row, below any mark of the first lanes
      const axisY = box(s.chart.shadowRoot!.querySelector('g.axis')!).top + 12;
      for (const [where, x, y] of [
        ['a mark', m.left + m.width / 2, m.top + m.height / 2],
        ['an empty lane', plot.left + 15, Math.min(emptyY, plot.bottom - 40)],
        ['the axis', plot.left + plot.width / 2, axisY],
      ] as const) {
        s.win.scrollTo(0, 0);
        await frames(2);
        await input(swipe(Math.round(x), Math.round(y), 0, -200));
        await until(() => s.win.scrollY >= 160, `the page to scroll (swipe over ${where}: ${s.win.scrollY} px)`, 2000);
        expect(s.chart.shadowRoot!.querySelector('svg.chart')!.getAttribute('data-k')).to.equal('1.000');
      }
      expect(lanes.length).to.be.greaterThan(0);
    });
  });

  it('a tap opens the full record as a full-width card under the chart, entirely across the screen, its close button visible', async () => {
    await withTouch(async () => {
      const s = await open('?from=2022-10-01&to=2022-10-31', PHONE);
      s.chart.select(null);
      await frames(2);
      const c = centre(markOf(s, KYIV)!.querySelector('path')!);
      await input({ type: 'touch', frames: [[[c.x, c.y]]] });
      const full = card(s, 'full');
      await until(() => full.open && full.item?.event.id === KYIV && box(full).width > 0, 'the full card');
      await new Promise((r) => setTimeout(r, 600));
      const r = box(full);
      expect(r.left).to.be.at.least(0);
      expect(r.right).to.be.at.most(PHONE.width);
      expect(r.top, 'below the plot').to.be.at.least(box(s.chart.shadowRoot!.querySelector('svg.chart')!).bottom - 1);
      const close = box(full.shadowRoot!.querySelector('.close')!);
      expect(close.top).to.be.at.least(0);
      expect(close.bottom).to.be.at.most(PHONE.height);
      expect(close.right).to.be.at.most(PHONE.width);
      expect(getComputedStyle(full).position, 'in the page flow, so it scrolls with the page').to.equal('static');
      expect(card(s, 'compact').open, 'a finger shows no hover card').to.equal(false);
      expect(innerScrollers(full)).to.deep.equal([]);
    });
  });

  it('a deep link on a phone shows the chart and the event card without covering the headline', async () => {
    const s = await open('?date=2022-10-06', PHONE);
    const full = card(s, 'full');
    await until(() => full.open && box(full).width > 0, 'the card');
    await frames(3);
    const r = box(full);
    const h1 = box(s.doc.querySelector('h1')!);
    expect(r.top).to.be.at.least(h1.bottom);
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(PHONE.width);
    // The page may scroll a little to bring the card's head on screen; its close button is then visible.
    await until(() => box(full.shadowRoot!.querySelector('.close')!).bottom <= PHONE.height, `the close button on screen (${JSON.stringify(box(full.shadowRoot!.querySelector('.close')!))}, scrollY ${s.win.scrollY}, card ${JSON.stringify(box(full))})`);
    const close = box(full.shadowRoot!.querySelector('.close')!);
    expect(close.top).to.be.at.least(0);
    expect(box(full).top, 'the card below the headline').to.be.at.least(box(s.doc.querySelector('h1')!).bottom);
  });

  it('the phone page is no taller than its content', async () => {
    const s = await open('', PHONE);
    const content = Math.ceil(s.doc.querySelector('.colophon')!.getBoundingClientRect().bottom + s.win.scrollY);
    expect(s.doc.documentElement.scrollHeight, 'page height').to.be.at.most(content + 60);
  });
});
