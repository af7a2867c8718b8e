/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { input, timeZone, until } from './input';
import { openSite } from './site';

// The built site (npm run build), opened in a same-origin frame so the test can read its state.
const SITE = '/dist/';

interface Opened {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  chart: HTMLElement & { selectedId: string | null; pinned: boolean; markDay: number | null; visibleWindow(): [number, number] | null };
}

async function open(path: string): Promise<Opened> {
  const frame = await openSite(`${SITE}${path}`);
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, chart: win.document.querySelector('timeline-chart') as Opened['chart'] };
}

const notice = (o: Opened) => o.win.document.getElementById('notice')!;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('deep links to a date or an event', () => {
  after(() => timeZone('UTC'));

  for (const zone of ['America/New_York', 'Asia/Tehran', 'Pacific/Kiritimati']) {
    it(`?date=2022-10-06 opens the Moscow agreement, centred and open, in ${zone}`, async () => {
      await timeZone(zone);
      const o = await open('index.html?date=2022-10-06');
      expect(o.win.Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      await until(() => o.chart.pinned, 'the card to open');
      expect(o.chart.selectedId).to.equal('2022-10-06-moscow-agreement');
      const [from, to] = o.chart.visibleWindow()!;
      const at = day('2022-10-06') + 43_200_000;
      expect(Math.abs((from + to) / 2 - at), 'centred').to.be.below(2 * 86_400_000);
      const tip = o.chart.shadowRoot!.querySelector('event-card[variant=full]')!;
      await until(() => (tip.shadowRoot?.textContent ?? '').includes('6 October 2022'), 'the card to show the day');
    });
  }

  it('?date= on a day with no event selects the nearest event and marks the day', async () => {
    const o = await open('index.html?date=2022-10-10');
    expect(o.chart.selectedId).to.equal('2022-10-06-moscow-agreement');
    expect(o.chart.markDay).to.equal(day('2022-10-10'));
    expect(o.chart.shadowRoot!.querySelector('.marked-day')).to.not.equal(null);
  });

  it('?date=YYYY-MM opens the month; ?from=&to= opens a window; ?event= opens an event', async () => {
    let o = await open('index.html?date=2022-11');
    expect(o.chart.visibleWindow()!.map((t) => Math.round(t))).to.deep.equal([day('2022-11-01'), day('2022-12-01')]);
    o = await open('index.html?from=2022-10-15&to=2022-10-20');
    expect(o.chart.visibleWindow()!.map((t) => Math.round(t))).to.deep.equal([day('2022-10-15'), day('2022-10-21')]);
    o = await open('index.html?event=2022-11-19-washington-post-production-report');
    expect(o.chart.selectedId).to.equal('2022-11-19-washington-post-production-report');
    expect(o.chart.pinned).to.equal(true);
  });

  it('#timeline=<event id> (what Copy link gives inside an embed) opens that event', async () => {
    const o = await open('index.html#timeline=2022-10-17-kyiv-drone-strikes');
    expect(o.chart.selectedId).to.equal('2022-10-17-kyiv-drone-strikes');
    expect(notice(o).hidden).to.equal(true);
  });

  it("an event's own page opens on that event and reads without a script", async () => {
    const o = await open('events/2022-10-17-kyiv-drone-strikes/');
    expect(o.chart.selectedId).to.equal('2022-10-17-kyiv-drone-strikes');
    const html = await (await fetch(`${SITE}events/2022-10-17-kyiv-drone-strikes/`)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).to.contain('Kamikaze drones strike Kyiv');
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).to.contain('Kamikaze drones strike Kyiv');
    // The page leads with the event: its headline is the <h1>, its record follows once, then the timeline.
    expect(doc.querySelector('h1')?.textContent).to.equal('Kamikaze drones strike Kyiv, killing at least four');
    expect(doc.querySelectorAll('.focus').length).to.equal(1);
    expect(doc.querySelector('.focus')!.compareDocumentPosition(doc.querySelector('timeline-chart')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // On its own page the event is selected on the chart, its card not opened over the record again.
    expect(o.chart.pinned).to.equal(false);
  });

  const bad = ['date=2022-02-30', 'date=2022-13-01', 'date=abc', 'date=', 'date=%E0%A4%A', `date=${'9'.repeat(10_000)}`, 'date=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E'];
  for (const q of bad) {
    it(`a bad link (?${q.slice(0, 30)}) falls back to the default view with a calm notice`, async () => {
      const o = await open(`index.html?${q}`);
      expect(o.chart.selectedId).to.equal(null);
      expect(notice(o).hidden).to.equal(false);
      expect(notice(o).children.length, 'nothing from the URL becomes markup').to.equal(0);
      expect(notice(o).textContent!.length).to.be.below(200);
      expect(o.win.document.querySelector('img[src=x], script:not([src]):not([type])')).to.equal(null);
    });
  }

  it('the address follows the selection with replaceState, throttled, never pushState', async () => {
    const o = await open('index.html');
    const calls = { replace: 0, push: 0 };
    const h = o.win.history;
    const replace = h.replaceState.bind(h);
    h.replaceState = (...a: Parameters<History['replaceState']>) => (calls.replace++, replace(...a));
    h.pushState = () => void calls.push++;
    const length = h.length;
    o.chart.shadowRoot!.querySelector<SVGGElement>('g.mark[tabindex="0"]')!.focus();
    const t0 = performance.now();
    for (let i = 0; i < 12; i++) await input({ type: 'press', key: 'ArrowRight' });
    const elapsed = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 500));
    expect(new URL(o.win.location.href).searchParams.get('event')).to.equal(o.chart.selectedId);
    expect(calls.push).to.equal(0);
    expect(h.length).to.equal(length);
    expect(calls.replace).to.be.at.least(1);
    expect(calls.replace, `${calls.replace} writes in ${Math.round(elapsed)} ms`).to.be.at.most(Math.ceil(elapsed / 300) + 2);
  });

  it('needs no request once loaded (so it works offline): cards, sources and the embed builder (its preview aside)', async () => {
    const o = await open('index.html');
    // The lazy part is run while idle; the interaction part (copying, the embed builder…) is
    // downloaded then too, and run on the first interaction, from the browser's cache.
    const entries = () => o.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    await until(
      () => Boolean(o.win.customElements.get('event-card') && entries().some((r) => r.initiatorType === 'link' && /\/interaction-\w+\.js$/.test(r.name) && r.responseEnd > 0)),
      'the interactive parts to load while idle',
      5000,
    );
    // (Taking the browser offline would also cut the test runner off, so count what came from the network instead.)
    const notFrames = () => entries().filter((r) => r.initiatorType !== 'iframe' && r.transferSize > 0);
    const before = notFrames().length;
    (o.chart as unknown as { select(id: string, opts: object): void }).select('2022-10-06-moscow-agreement', { pin: true });
    const tip = o.chart.shadowRoot!.querySelector('event-card[variant=full]')!;
    await until(() => (tip.shadowRoot?.textContent ?? '').includes('Reuters'), 'the sources in the card');
    o.win.document.getElementById('embed-button')!.click();
    await until(() => Boolean(o.win.document.querySelector('embed-builder')?.shadowRoot?.querySelector('dialog[open]')), 'the embed builder');
    await new Promise((r) => setTimeout(r, 200));
    // The builder's live preview is a frame of the embed page: the one request it makes, by design.
    expect(notFrames().length, 'no request after load').to.equal(before);
  });

  it('changing the hash after load moves the timeline without a reload', async () => {
    const o = await open('index.html');
    (o.win as unknown as { marker: number }).marker = 1;
    o.win.location.hash = 'timeline=2022-10-20';
    await until(() => o.chart.selectedId === '2022-10-20-kirby-crimea-pilots', 'the hash to move the timeline');
    expect((o.win as unknown as { marker: number }).marker, 'same document').to.equal(1);
  });
});
