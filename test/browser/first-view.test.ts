/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { beforeScripts, input, until } from './input';
import { openSite } from './site';

// The built site's first view: drawn from the data and dates the build put in the page, before
// the list below the chart is parsed, and without setting up Intl (about 20 ms) first.

/** Counts Intl date formats made in a document and remembers when the first was made. */
const COUNT_INTL = `(() => {
  const Native = Intl.DateTimeFormat;
  const seen = (window.__intl = { count: 0, first: null });
  function Counted(...args) {
    seen.count++;
    seen.first ??= performance.now();
    return new Native(...args);
  }
  Counted.prototype = Native.prototype;
  Counted.supportedLocalesOf = Native.supportedLocalesOf;
  Intl.DateTimeFormat = Counted;
  // Whether the list below the chart had been parsed when the chart was first drawn.
  window.__listAtDraw = null;
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if (name === 'timeline:first-draw') window.__listAtDraw = document.querySelectorAll('.list-scroll li.event').length;
    return mark(name, ...rest);
  };
})();`;

interface FrameState {
  __intl: { count: number; first: number | null };
  __listAtDraw: number | null;
}

describe('the first view of the built site', () => {
  let remove: () => Promise<void>;
  before(async () => (remove = await beforeScripts(COUNT_INTL)));
  after(() => remove());

  async function open(path: string): Promise<Window & typeof globalThis & FrameState> {
    const frame = await openSite(`/dist/${path}`, { width: 1000 });
    return frame.contentWindow as Window & typeof globalThis & FrameState;
  }

  it('is drawn, axis labels and accessible names included, before any Intl date format is made', async () => {
    const win = await open('index.html');
    const drawnAt = win.performance.getEntriesByName('timeline:first-draw')[0].startTime;
    const intl = win.__intl;
    expect(intl, 'the counter ran before the page').to.not.equal(undefined);
    expect(intl.first === null || intl.first > drawnAt, `first Intl format at ${intl.first} ms, first draw at ${drawnAt} ms`).to.equal(true);
    // The labels are real: month names on the axis, and a date in every mark's name.
    const shadow = win.document.querySelector('timeline-chart')!.shadowRoot!;
    const ticks = [...shadow.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks.length).to.be.greaterThan(3);
    for (const t of ticks) expect(t).to.match(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)( \d{4})?$|^\d{4}$/);
    const names = [...shadow.querySelectorAll('g.mark')].map((g) => g.getAttribute('aria-label') ?? '');
    expect(names.length).to.be.greaterThan(0);
    for (const n of names) expect(n).to.match(/\d{4}/);
  });

  it('sets up Intl on a Persian page when the reader comes to the chart, in an idle moment, not while the page loads nor in the first zoom', async () => {
    const win = await open('fa/index.html');
    // The page has loaded, and its lazy part too (the overview is drawn): still no Intl.
    await until(() => Boolean(win.document.querySelector('timeline-overview')?.shadowRoot?.querySelector('.brush')), 'the overview drawn', 5000);
    await new Promise((r) => setTimeout(r, 600));
    expect(win.__intl.count, 'Intl set up while the page loads').to.equal(0);
    // The pointer comes to the chart: Intl is set up then, before any zoom.
    const frame = document.querySelector('iframe')!.getBoundingClientRect();
    const plot = win.document.querySelector('timeline-chart')!.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    await input({ type: 'move', x: Math.round(frame.left + plot.left + plot.width / 2), y: Math.round(frame.top + plot.top + 40), steps: 3 });
    await until(() => win.__intl.count > 0, 'Intl to be set up once the reader came to the chart', 5000);
  });

  it('never sets up Intl date formats on an English page: not while it loads, nor on the chart, nor zoomed to days, nor in the list', async () => {
    const win = await open('index.html');
    await until(() => Boolean(win.document.querySelector('timeline-overview')?.shadowRoot?.querySelector('.brush')), 'the overview drawn', 5000);
    const frame = document.querySelector('iframe')!.getBoundingClientRect();
    const chart = win.document.querySelector('timeline-chart') as HTMLElement;
    const plot = chart.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    const x = Math.round(frame.left + plot.left + plot.width / 2);
    await input({ type: 'move', x, y: Math.round(frame.top + plot.top + 40), steps: 3 });
    // Real Ctrl + wheel notches until the axis counts days.
    for (let i = 0; i < 40 && chart.shadowRoot!.querySelector('g.axis')!.getAttribute('data-ticks') !== 'day'; i++) {
      await input({ type: 'keydown', key: 'Control' }, { type: 'wheel', x, y: Math.round(frame.top + plot.top + 60), deltaY: -100 }, { type: 'keyup', key: 'Control' });
      await new Promise((r) => setTimeout(r, 60));
    }
    expect(chart.shadowRoot!.querySelector('g.axis')!.getAttribute('data-ticks'), 'zoomed to days').to.equal('day');
    await new Promise((r) => setTimeout(r, 600));
    const ticks = [...chart.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.textContent).filter(Boolean);
    expect(ticks.length).to.be.greaterThan(2);
    for (const t of ticks) expect(t).to.match(/^\d{1,2}( (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec))?$/);
    // A card, with its dates and its sources' publication dates.
    const mark = chart.shadowRoot!.querySelector<SVGGElement>('g.mark')!;
    (chart as unknown as { select(id: string, o: object): void }).select(mark.dataset.id!, { pin: true });
    const card = chart.shadowRoot!.querySelector('event-card[variant=full]')!;
    await until(() => /\d{4}/.test(card.shadowRoot?.textContent ?? ''), 'the card with its dates');
    expect(win.__intl.count, 'Intl date formats made').to.equal(0);
  });

  it('is drawn before the list below the chart is parsed, and the list is complete afterwards', async () => {
    const win = await open('index.html');
    expect(win.__listAtDraw).to.equal(0);
    const data = (await (await fetch('/data/events.json')).json()) as { events: unknown[] };
    expect(win.document.querySelectorAll('.list-scroll li.event').length).to.equal(data.events.length);
  });
});
