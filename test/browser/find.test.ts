/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { frames, inFrameWhen, input, until, viewport, withTouch } from './input';
import { openSite } from './site';
import { expectNoAxeViolations } from './axe';
import type { TimelineChart } from '../../src/components/timeline-chart';

// Find and follow, on the built site, as a reader does it: the legend's kinds toggled by a real
// click or tap, the actor picked by keyboard, a search typed and stepped through with Enter, lanes
// by actor, and "Copy link to this view" reopened standalone and inside an embed on another origin.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function open(path: string, size = DESKTOP) {
  await viewport(size);
  document.body.style.margin = '0';
  const frame = await openSite(`/dist/${path}`, size);
  await frames(3);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  const chart = doc.querySelector('timeline-chart') as TimelineChart;
  // The page is wired once it is idle and its lazy part is here; the filter bar, on the first interaction.
  await until(() => Boolean(win.Timeline), 'the lazy part', 8000);
  return { frame, doc, win, chart };
}

type Site = Awaited<ReturnType<typeof open>>;

/** The ids of the events drawn on the chart (each once, even in several lanes). */
const drawn = (s: Site) => new Set([...s.chart.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')].map((m) => m.dataset.id!));
/** The ids of the list items a reader can see. */
const listed = (s: Site) => [...s.doc.querySelectorAll<HTMLElement>('li.event[data-id]')].filter((li) => !li.hidden && li.offsetParent !== null).map((li) => li.dataset.id!);
const kindOf = (s: Site, id: string) => s.chart.model!.byId.get(id)?.event.kind;

/** A real click at the centre of an element inside the site's frame. */
async function click(s: Site, el: Element) {
  el.scrollIntoView({ block: 'center' });
  await frames(2);
  const r = el.getBoundingClientRect();
  const f = s.frame.getBoundingClientRect();
  await input({ type: 'click', x: Math.round(f.left + r.left + r.width / 2), y: Math.round(f.top + r.top + r.height / 2) });
}

async function type(text: string) {
  for (const ch of text) await input({ type: 'press', key: ch });
}

describe('find and follow', () => {
  after(() => viewport());

  it('a click on a legend kind hides it everywhere: chart, list, count, Previous / Next and the address', async () => {
    const s = await open('');
    const total = s.chart.model!.events.length;
    const statements = s.chart.model!.events.filter((e) => e.event.kind === 'statement').length;
    expect(statements).to.be.greaterThan(0);
    const toggle = s.chart.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-kind="statement"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await click(s, toggle);
    await until(() => toggle.getAttribute('aria-pressed') === 'false', 'the toggle released');
    await frames(3);
    expect([...drawn(s)].filter((id) => kindOf(s, id) === 'statement')).to.deep.equal([]);
    expect(s.chart.model!.events.length).to.equal(total - statements);
    expect(listed(s).length).to.equal(total - statements);
    expect(s.doc.querySelector('.filters .count')!.textContent).to.equal(`${total - statements} of ${total} events`);
    // Previous / Next walk only what is shown.
    for (let i = 0; i < 6; i++) {
      s.chart.shadowRoot!.querySelector<HTMLButtonElement>('.steps .next')!.click();
      await frames(1);
      expect(kindOf(s, s.chart.selectedId!)).to.not.equal('statement');
    }
    await until(() => new URL(s.win.location.href).searchParams.get('kind') !== null, 'the address to carry the filter');
    expect(new URL(s.win.location.href).searchParams.get('kind')!.split(',')).to.not.include('statement');
    await expectNoAxeViolations(s.doc);
    // Show all brings everything back.
    await click(s, s.doc.querySelector('.filters button.clear')!);
    await until(() => s.chart.model!.events.length === total, 'everything shown again');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('the actor picked by keyboard narrows the chart and the list, and says so once', async () => {
    const s = await open('');
    const select = s.doc.querySelector<HTMLSelectElement>('#filter-actor')!;
    select.focus();
    await type('Ukraine');
    await until(() => select.value === 'Ukraine', 'Ukraine picked');
    await until(() => s.chart.model!.events.length < 33 && s.chart.model!.events.every((e) => (e.event as unknown as { actors: string[] }).actors.includes('Ukraine')), 'only Ukraine’s events');
    const n = s.chart.model!.events.length;
    expect(listed(s).length).to.equal(n);
    const status = s.doc.querySelector('.filters [role=status]')!;
    await until(() => status.textContent === `Showing ${n} of 33 events`, 'the announcement');
  });

  it('a search highlights its matches in the chart and the list; Enter and Shift+Enter step through them in date order', async () => {
    const s = await open('');
    const box = s.doc.querySelector<HTMLInputElement>('#filter-q')!;
    box.focus();
    await type('kyiv');
    const text = s.doc.querySelector('.filters .matches')!;
    // (The bar is wired while the reader types: what was typed before catches up, then the rest.)
    const marked = () => s.doc.querySelector('li.event.is-match a.event-link mark')?.textContent?.toLowerCase();
    await until(() => /^\d+ match/.test(text.textContent ?? '') && marked() === 'kyiv', 'a match count');
    const matches = [...s.doc.querySelectorAll<HTMLElement>('li.event.is-match')].map((li) => li.dataset.id!);
    expect(matches.length).to.be.greaterThan(1);
    // Every match is highlighted on the chart; nothing else is.
    await frames(2);
    const hl = [...s.chart.shadowRoot!.querySelectorAll<SVGGElement>('g.event.is-match g.mark')].map((m) => m.dataset.id!);
    expect(hl.every((id) => matches.includes(id))).to.equal(true);
    // The matched word is marked in a title.
    expect(s.doc.querySelector('li.event.is-match a.event-link mark')?.textContent?.toLowerCase()).to.equal('kyiv');
    await input({ type: 'press', key: 'Enter' });
    await until(() => s.chart.selectedId === matches[0], 'the first match selected');
    await input({ type: 'press', key: 'Enter' });
    await until(() => s.chart.selectedId === matches[1], 'the second');
    await input({ type: 'keydown', key: 'Shift' }, { type: 'press', key: 'Enter' }, { type: 'keyup', key: 'Shift' });
    await until(() => s.chart.selectedId === matches[0], 'back to the first');
    expect(text.textContent).to.equal(`1 of ${matches.length} matches`);
    await expectNoAxeViolations(s.doc);
  });

  it('lanes by actor: a named lane per actor, an event with several actors in each of its lanes, selected as one', async () => {
    const s = await open('');
    await click(s, s.doc.querySelector('#filter-lanes')!);
    await until(() => (s.chart.shadowRoot!.querySelector('.lane-names')?.children.length ?? 0) > 2, 'lane names');
    await frames(3);
    const names = [...s.chart.shadowRoot!.querySelectorAll('.lane-names div')].map((d) => d.textContent);
    expect(names.slice(0, 2)).to.deep.equal(['Iran', 'Russia']);
    const marks = [...s.chart.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];
    const twice = marks.map((m) => m.dataset.id!).find((id, i, all) => all.indexOf(id) !== i)!;
    expect(twice, 'an event drawn in two lanes').to.not.equal(undefined);
    s.chart.select(twice, { center: false });
    await frames(2);
    const copies = marks.filter((m) => m.dataset.id === twice);
    expect(copies.every((m) => m.parentElement!.classList.contains('is-selected'))).to.equal(true);
    expect(new Set(copies.map((m) => m.parentElement!.getAttribute('transform'))).size).to.equal(copies.length);
    await expectNoAxeViolations(s.doc);
  });

  it('"Copy link to this view" gives a link that reopens exactly that view, standalone and in an embed on another origin', async () => {
    const s = await open('?kind=strike,delivery&from=2022-09&to=2022-11');
    await until(() => s.chart.model!.events.length > 0 && s.chart.model!.events.every((e) => ['strike', 'delivery'].includes(e.event.kind)), 'the link’s filter');
    let copied = '';
    (s.win.navigator.clipboard as { writeText(t: string): Promise<void> }).writeText = (t: string) => ((copied = t), Promise.resolve());
    await click(s, s.doc.querySelector('.filters button.copy-view')!);
    await until(() => copied !== '', 'a link copied');
    const link = new URL(copied);
    expect(link.searchParams.get('kind')).to.equal('delivery,strike');
    const ids = [...s.chart.model!.events].map((e) => e.event.id);
    // Standalone.
    const again = await open(`${link.search}`);
    await until(() => again.chart.model!.events.length === ids.length, 'the same events');
    expect(again.chart.model!.events.map((e) => e.event.id)).to.deep.equal(ids);
    // In an embed on another origin, through the article's #timeline= fragment.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    document.body.innerHTML = '';
    const frame = Object.assign(document.createElement('iframe'), { src: `http://${other}:${location.port}/dist/embed.html?kind=delivery,strike` });
    frame.style.cssText = 'width: 700px; height: 600px; border: 0';
    document.body.append(frame);
    const shown = await inFrameWhen<string[]>('embed.html?kind', "(c => (c && c.hasAttribute('data-drawn') && c.model && c.model.events.length < 30 ? c.model.events.map(e => e.event.kind) : null))(document.querySelector('timeline-chart'))", 8000);
    expect(new Set(shown)).to.deep.equal(new Set(['delivery', 'strike']));
  });

  it('a link to an event the filter hides shows it anyway and says so', async () => {
    const s0 = await open('');
    const statement = s0.chart.model!.events.find((e) => e.event.kind === 'statement')!.event.id;
    const s = await open(`?kind=strike&event=${statement}`);
    await until(() => s.chart.selectedId === statement, 'the linked event selected');
    expect(s.chart.model!.byId.has(statement)).to.equal(true);
    expect(s.doc.getElementById('notice')!.textContent).to.contain('filter in this link hides this event');
  });

  it('on a phone the filter bar fits the screen, and a tap on a legend kind toggles it', async () => {
    await withTouch(async () => {
      const s = await open('', PHONE);
      for (const el of s.doc.querySelectorAll<HTMLElement>('.filters input, .filters select, .filters button:not([hidden])')) {
        const r = el.getBoundingClientRect();
        expect(r.left, `${el.outerHTML.slice(0, 40)} inside the screen`).to.be.at.least(0);
        expect(r.right).to.be.at.most(PHONE.width);
      }
      // The actor, source and lanes controls fold behind "Filters", which the chart follows closely.
      const select = s.doc.querySelector<HTMLSelectElement>('#filter-actor')!;
      expect(select.offsetParent, 'folded').to.equal(null);
      const more = s.doc.querySelector<HTMLButtonElement>('.filters button.more')!;
      const m = more.getBoundingClientRect();
      const fm = s.frame.getBoundingClientRect();
      await input({ type: 'touch', frames: [[[Math.round(fm.left + m.left + m.width / 2), Math.round(fm.top + m.top + m.height / 2)]]] });
      await until(() => select.offsetParent !== null, 'the filters unfolded');
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      const sr = select.getBoundingClientRect();
      expect(sr.left).to.be.at.least(0);
      expect(sr.right).to.be.at.most(PHONE.width);
      const toggle = s.chart.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-kind="report"]')!;
      toggle.scrollIntoView({ block: 'center' });
      await frames(2);
      const r = toggle.getBoundingClientRect();
      const f = s.frame.getBoundingClientRect();
      await input({ type: 'touch', frames: [[[Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)]]] });
      await until(() => toggle.getAttribute('aria-pressed') === 'false', 'the tap toggled the kind');
      expect(s.doc.documentElement.scrollWidth).to.be.at.most(PHONE.width);
    });
  });
});
