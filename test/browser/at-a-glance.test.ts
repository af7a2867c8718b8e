/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { frames, input, until, viewport } from './input';
import { openSite } from './site';
import type { TimelineChart } from '../../src/components/timeline-chart';
import type { EventCard } from '../../src/components/event-card';

// The built site at its default view, read at a glance: how many events carry a label, whether
// anything overlaps, whether the axis says when, and the ways around (Previous / Next, chips, the
// overview). Geometry, not pixels.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function open(path: string, size: { width: number; height: number }) {
  await viewport(size);
  document.body.style.margin = '0';
  const frame = await openSite(`/dist/${path}`, size);
  await frames(3);
  const doc = frame.contentDocument!;
  return { frame, doc, chart: doc.querySelector('timeline-chart') as TimelineChart };
}

interface Census {
  marks: number;
  labelled: number;
  unlabelled: string[];
  overlaps: string[];
  clipped: number;
}

/** Counts the marks and labels drawn, and every pair of marks or labels that overlap. */
function census(chart: TimelineChart): Census {
  const sr = chart.shadowRoot!;
  const plot = sr.querySelector('svg.chart')!.getBoundingClientRect();
  const events = [...sr.querySelectorAll<SVGGElement>('g.event')];
  const boxes: { id: string; r: DOMRect }[] = [];
  const unlabelled: string[] = [];
  let labelled = 0;
  let clipped = 0;
  for (const g of events) {
    const id = g.querySelector<SVGGElement>('g.mark')!.dataset.id!;
    const label = g.querySelector('text.label')!;
    boxes.push({ id: `${id} (mark)`, r: g.querySelector('path.symbol')!.getBoundingClientRect() });
    if (label.textContent) {
      labelled++;
      const r = label.getBoundingClientRect();
      boxes.push({ id: `${id} (label)`, r });
      if (r.left < plot.left - 1 || r.right > plot.right + 1) clipped++;
    } else unlabelled.push(id);
  }
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i].r, boxes[j].r];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
    }
  return { marks: events.length, labelled, unlabelled, overlaps, clipped };
}

describe('at a glance', () => {
  after(() => viewport());

  it('on a desktop, at least 20 events carry a label at the default view, and nothing overlaps or is cut at the edges', async () => {
    const { chart } = await open('', DESKTOP);
    const c = census(chart);
    expect(c.labelled, `labelled of ${c.marks}: unlabelled ${c.unlabelled.join(', ')}`).to.be.at.least(20);
    expect(c.overlaps).to.deep.equal([]);
    expect(c.clipped).to.equal(0);
    // Chips never overlap either.
    const chips = [...chart.shadowRoot!.querySelectorAll('g.group rect')].map((r) => r.getBoundingClientRect()).sort((a, b) => a.left - b.left);
    for (let i = 1; i < chips.length; i++) expect(chips[i].left).to.be.at.least(chips[i - 1].right - 0.5);
  });

  it('on a phone, every mark drawn carries a label; the rest are in chips that list their events on hover', async () => {
    const { frame, chart } = await open('', PHONE);
    const c = census(chart);
    expect(c.unlabelled, 'marks without a label').to.deep.equal([]);
    expect(c.overlaps).to.deep.equal([]);
    const chip = [...chart.shadowRoot!.querySelectorAll<SVGGElement>('g.group')].sort((a, b) => Number(b.dataset.hi) - Number(b.dataset.lo) - (Number(a.dataset.hi) - Number(a.dataset.lo)))[0];
    expect(chip, 'a chip').to.not.equal(undefined);
    chip.scrollIntoView({ block: 'center' });
    await frames(2);
    const r = chip.getBoundingClientRect();
    const fr = frame.getBoundingClientRect();
    await input({ type: 'move', x: Math.round(fr.left + r.left + r.width / 2), y: Math.round(fr.top + r.top + r.height / 2), steps: 3 });
    const peek = chart.shadowRoot!.querySelector<EventCard>('event-card[variant=compact]')!;
    await until(() => peek.open && (peek.group?.length ?? 0) > 0, 'the chip’s list');
    await frames(2);
    const count = Number(chip.dataset.hi) - Number(chip.dataset.lo);
    expect(peek.shadowRoot!.querySelectorAll('li').length).to.equal(Math.min(count, 8));
    expect(peek.shadowRoot!.textContent).to.contain(`${count} events here`);
    const box = peek.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(PHONE.width);
    await input({ type: 'move', x: 2, y: 2 });
  });

  it('chips are reached by keyboard: focus lists their events, arrows move along the row, Enter zooms into them', async () => {
    const { chart } = await open('', PHONE);
    const sr = chart.shadowRoot!;
    const chips = [...sr.querySelectorAll<SVGGElement>('g.group')];
    expect(chips.length, 'chips on a phone').to.be.at.least(2);
    expect(chips.filter((c) => c.getAttribute('tabindex') === '0').length, 'one tab stop for the row').to.equal(1);
    expect(chips[0].getAttribute('role')).to.equal('button');
    expect(chips[0].getAttribute('aria-label')).to.match(/^\d+ more events? here: zoom in to see/);
    // Tab from the chart's mark (its single tab stop) to the chips' row.
    sr.querySelector<SVGGElement>('g.mark[tabindex="0"]')!.focus();
    await input({ type: 'press', key: 'Tab' });
    expect(sr.activeElement, 'the first chip has focus').to.equal(chips[0]);
    const peek = sr.querySelector<EventCard>('event-card[variant=compact]')!;
    await until(() => peek.open && (peek.group?.length ?? 0) > 0, 'the focused chip’s list');
    await input({ type: 'press', key: 'ArrowRight' });
    expect(sr.activeElement).to.equal(chips[1]);
    const [lo, hi] = [Number(chips[1].dataset.lo), Number(chips[1].dataset.hi)];
    await until(() => peek.group?.[0] === chart.model!.events[lo], 'the second chip’s list');
    const span = () => chart.visibleWindow()![1] - chart.visibleWindow()![0];
    const before = span();
    await input({ type: 'press', key: 'Enter' });
    await until(() => span() < before / 1.5, 'zoomed in');
    await frames(20);
    // The chip's events are now in view, drawn as marks.
    const [w0, w1] = chart.visibleWindow()!;
    expect(chart.model!.events[lo].start).to.be.at.least(w0);
    expect(chart.model!.events[hi - 1].start).to.be.below(w1);
  });

  it('a span wider than the view carries its label inside the part in view', async () => {
    const { chart } = await open('', DESKTOP);
    // The longest window in the data, zoomed into its middle so both of its ends are off the plot.
    const wide = [...chart.model!.events].filter((e) => e.uncertain).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const mid = (wide.start + wide.end) / 2;
    chart.showWindow([mid - 10 * 86400000, mid + 10 * 86400000]);
    chart.select(wide.event.id, { pin: false, center: false });
    await frames(20);
    const sr = chart.shadowRoot!;
    const plot = sr.querySelector('svg.chart')!.getBoundingClientRect();
    const g = sr.querySelector(`g.mark[data-id="${wide.event.id}"]`)!.parentElement!;
    const label = g.querySelector('text.label')!;
    expect(label.textContent, `label of ${wide.event.id}`).to.not.equal('');
    const r = label.getBoundingClientRect();
    expect(r.left).to.be.at.least(plot.left);
    expect(r.right).to.be.at.most(plot.right);
    expect(census(chart).overlaps).to.deep.equal([]);
  });

  it('the axis names the year at every zoom: whole span, a month, a few days', async () => {
    const { chart } = await open('', DESKTOP);
    const axisText = () => [...chart.shadowRoot!.querySelectorAll('g.axis text')].map((t) => t.textContent ?? '').join(' ');
    const plot = chart.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    for (const w of [null, [Date.UTC(2022, 9, 1), Date.UTC(2022, 10, 1)], [Date.UTC(2022, 9, 15), Date.UTC(2022, 9, 18)]] as const) {
      if (w) chart.showWindow([w[0], w[1]]);
      await frames(3);
      expect(axisText(), `axis at ${w}`).to.match(/\b20(22|23)\b/);
      for (const t of chart.shadowRoot!.querySelectorAll('g.axis text')) {
        if (!t.textContent) continue;
        const r = t.getBoundingClientRect();
        expect(r.left, `"${t.textContent}" inside the plot`).to.be.at.least(plot.left - 1);
        expect(r.right, `"${t.textContent}" inside the plot`).to.be.at.most(plot.right + 1);
      }
    }
    expect(axisText()).to.contain('October 2022');
  });

  it('Previous and Next step through the events in date order and open each; they say when at the ends', async () => {
    const { chart } = await open('', DESKTOP);
    const sr = chart.shadowRoot!;
    const next = sr.querySelector<HTMLButtonElement>('.steps .next')!;
    const prev = sr.querySelector<HTMLButtonElement>('.steps .prev')!;
    const ids = chart.model!.events.map((e) => e.event.id);
    chart.select(ids[0], { pin: true });
    await frames(2);
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await until(() => chart.selectedId === ids[1] && chart.pinned, 'the second event opened');
    next.click();
    await until(() => chart.selectedId === ids[2], 'the third');
    prev.click();
    await until(() => chart.selectedId === ids[1], 'back to the second');
    // The open card has its own Previous / Next.
    const card = sr.querySelector<EventCard>('event-card[variant=full]')!;
    await until(() => card.open && Boolean(card.shadowRoot?.querySelector('.step')), 'the card’s buttons');
    (card.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step')[1]).click();
    await until(() => chart.selectedId === ids[2], 'the card’s Next');
    chart.select(ids[ids.length - 1], { pin: true });
    await frames(2);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
  });

  it('the overview shows the window and moves the chart from the keyboard', async () => {
    const { chart, doc } = await open('?from=2022-10-01&to=2022-10-31', DESKTOP);
    const overview = doc.querySelector('timeline-overview')!;
    await until(() => Boolean(overview.shadowRoot?.querySelector('[role=slider]')), 'the overview', 8000);
    const slider = overview.shadowRoot!.querySelector<HTMLElement>('[role=slider]')!;
    expect(slider.getAttribute('aria-valuetext')).to.contain('October 2022');
    const before = chart.visibleWindow()!;
    slider.focus();
    await input({ type: 'press', key: 'ArrowRight' });
    await until(() => chart.visibleWindow()![0] > before[0] + 86_400_000, 'the chart to follow the brush');
    // The strip sits under the chart, inside the page's width.
    const r = overview.getBoundingClientRect();
    expect(r.top).to.be.at.least(chart.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect().bottom - 1);
    expect(r.right).to.be.at.most(DESKTOP.width);
  });

  it('a link to a day long before the data opens the first event, with a short notice, not an empty view', async () => {
    const { chart, doc } = await open('?date=2010-01-01', DESKTOP);
    const first = chart.model!.events[0];
    expect(chart.selectedId).to.equal(first.event.id);
    const notice = doc.getElementById('notice')!;
    expect(notice.hidden).to.equal(false);
    expect(notice.textContent).to.match(/^No events before /);
    const [from, to] = chart.visibleWindow()!;
    expect(first.at).to.be.within(from, to);
    expect(to - from, 'a view around the event, not from 2010').to.be.below(5 * 365 * 86_400_000);
  });

  it('zoomed in, the edges say how many events are out of view, and go to the nearest', async () => {
    const { chart } = await open('?from=2022-10-10&to=2022-10-24', DESKTOP);
    const sr = chart.shadowRoot!;
    const before = sr.querySelector<HTMLButtonElement>('.edge.before')!;
    const after = sr.querySelector<HTMLButtonElement>('.edge.after')!;
    const events = chart.model!.events;
    const [from, to] = chart.visibleWindow()!;
    const nAfter = events.filter((e) => e.at >= to).length;
    expect(before.hidden).to.equal(false);
    expect(after.hidden).to.equal(false);
    expect(after.textContent).to.equal(`${nAfter} events ›`);
    const next = events.find((e) => e.at >= to)!;
    after.click();
    await until(() => {
      const w = chart.visibleWindow()!;
      return next.at > w[0] && next.at < w[1];
    }, 'the next event out of view to come into view');
    await new Promise((r) => setTimeout(r, 500)); // the move is animated
    expect(next.at).to.be.within(...chart.visibleWindow()!);
    expect(chart.visibleWindow()![1] - chart.visibleWindow()![0]).to.be.closeTo(to - from, 60_000);
    // At the whole span there is nothing out of view.
    chart.resetZoom();
    await until(() => before.hidden && after.hidden, 'no edge hints at the whole span');
  });

  for (const [name, size] of [
    ['a desktop', DESKTOP],
    ['a phone', PHONE],
  ] as const)
    it(`reading the list on ${name} keeps the chart in sight: the plot stays on screen, the item read is outlined on it`, async () => {
      const { frame, doc, chart } = await open('', size);
      const win = frame.contentWindow!;
      const fr = frame.getBoundingClientRect();
      const items = [...doc.querySelectorAll<HTMLElement>('li.event')];
      // A reader's wheel, over the page, until the 12th item reaches the top of what is in sight.
      const target = items[11];
      const panel = doc.querySelector('.chart-panel')!;
      for (let i = 0; i < 200 && target.getBoundingClientRect().top > panel.getBoundingClientRect().bottom + 40; i++) {
        await input({ type: 'wheel', x: Math.round(fr.left + size.width / 2), y: Math.round(fr.top + size.height - 40), deltaY: 120 });
        await frames(1);
      }
      await frames(6);
      expect(win.scrollY, 'the page scrolled').to.be.greaterThan(1000);
      const plot = chart.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
      expect(plot.top, 'the plot on screen').to.be.at.least(-1);
      expect(plot.bottom).to.be.at.most(size.height);
      // The plot leaves most of the screen to the list.
      expect(panel.getBoundingClientRect().bottom, 'the sticky part').to.be.below(size.height * 0.62);
      // The item at the top of what is in sight is outlined on the chart, and drawn there.
      const read = items.find((li) => li.getBoundingClientRect().bottom > panel.getBoundingClientRect().bottom + 16)!;
      await until(() => chart.currentId === read.dataset.id, `the chart outlines ${read.dataset.id}`);
      await frames(3);
      const mark = chart.shadowRoot!.querySelector(`g.mark[data-id="${read.dataset.id}"]`);
      expect(mark, 'its mark drawn').to.not.equal(null);
      const m = mark!.getBoundingClientRect();
      expect(mark!.parentElement!.classList.contains('is-current')).to.equal(true);
      expect(m.left).to.be.at.least(plot.left - 1);
      expect(m.right).to.be.at.most(plot.right + 1);
    });

  it('a card opened from the stuck chart can be read to its end: the chart lets go without moving on screen', async () => {
    const { frame, doc, chart } = await open('', DESKTOP);
    const win = frame.contentWindow!;
    win.scrollTo(0, doc.documentElement.scrollHeight);
    await frames(3);
    const id = '2022-10-17-kyiv-drone-strikes';
    const markTop = () => chart.shadowRoot!.querySelector(`g.mark[data-id="${id}"]`)!.getBoundingClientRect().top;
    const before = markTop();
    chart.select(id, { pin: true, cause: 'pointer' });
    const card = chart.shadowRoot!.querySelector<EventCard>('event-card[variant=full]')!;
    await until(() => card.open && card.getBoundingClientRect().height > 100, 'the card');
    await frames(3);
    expect(Math.abs(markTop() - before), 'the mark stays where it was').to.be.below(2);
    win.scrollTo(0, doc.documentElement.scrollHeight);
    await frames(3);
    expect(card.getBoundingClientRect().bottom, 'the end of the card can be scrolled into view').to.be.at.most(DESKTOP.height);
  });

  it('a Ctrl + wheel notch zooms by at most about 1.25×', async () => {
    const { frame, chart } = await open('', DESKTOP);
    const svg = chart.shadowRoot!.querySelector('svg.chart')!;
    const r = svg.getBoundingClientRect();
    const fr = frame.getBoundingClientRect();
    const k0 = Number(svg.getAttribute('data-k'));
    await input({ type: 'keydown', key: 'Control' }, { type: 'wheel', x: Math.round(fr.left + r.left + r.width / 2), y: Math.round(fr.top + r.top + 60), deltaY: -100 }, { type: 'keyup', key: 'Control' });
    await until(() => Number(svg.getAttribute('data-k')) > k0, 'a zoom');
    await new Promise((res) => setTimeout(res, 200));
    const k1 = Number(svg.getAttribute('data-k'));
    expect(k1 / k0).to.be.at.most(1.26);
    expect(k1 / k0).to.be.at.least(1.1);
  });
});
