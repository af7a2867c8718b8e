/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, input, until, viewport } from './input';
import { openSite } from './site';
import type { TimelineChart } from '../../src/components/timeline-chart';

// A site built from 2,500 synthetic events (test/fixtures/make-large.mjs): large-data mode, with
// a compact index, the heads of the events the first view does not show in a script run after
// the first draw, month details loaded on demand and a month-by-month list.
const SITE = '/test/.large-site/';

describe('large data sets', () => {
  it('keep the page small, draw, load details on demand and list one month in step with the chart', async () => {
    const html = await (await fetch(`${SITE}index.html`)).text();
    expect(html.length, 'the built HTML stays small').to.be.below(60_000);
    expect(html).to.not.contain('id="timeline-data"');

    const frame = await openSite(`${SITE}index.html`, { title: 'large site' });
    const doc = frame.contentDocument!;
    const chart = doc.querySelector('timeline-chart') as HTMLElement & {
      select(id: string, o: object): void;
      model: { events: unknown[]; byId: Map<string, { event: { date: { precision: string } }; end: number; start: number }> };
    };
    expect(chart.model.events.length).to.equal(2500);
    await until(() => chart.model.byId.has('large-1001'), 'every event\'s head to come');
    // Years and before-dates survive the compact index, with their spans.
    const year = chart.model.byId.get('large-1001')!;
    expect(year.event.date.precision).to.equal('year');
    expect((year.end - year.start) / 86_400_000).to.be.within(365, 366);
    expect(chart.model.byId.get('large-1002')!.event.date).to.deep.include({ precision: 'before' });
    // The whole span is drawn with a bounded number of nodes (groups, not 2,500 marks).
    expect(chart.shadowRoot!.querySelectorAll('g.mark, g.group').length).to.be.below(400);

    const list = doc.querySelector('.month-list')!;
    // The month list comes with the interaction part: on the first interaction, or when the list comes near the screen.
    list.scrollIntoView({ block: 'start' });
    await until(() => list.querySelectorAll('li.event').length > 0, 'the first month to render');
    expect(list.querySelectorAll('li.event').length).to.be.at.most(100);

    chart.select('large-1400', { pin: true });
    const tip = chart.shadowRoot!.querySelector('event-card[variant=full]')!;
    await until(() => (tip.shadowRoot?.textContent ?? '').includes('Summary of synthetic event 1400'), 'the details to load into the card');
    await until(() => doc.querySelector('li[aria-current]')?.getAttribute('data-id') === 'large-1400', 'the list to show its month and mark it');
    expect(doc.querySelectorAll('*').length, 'nodes bounded').to.be.below(3000);
  });

  it('render a month\'s list a few items per task, and a month chosen meanwhile ends with only its own events', async () => {
    const frame = await openSite(`${SITE}index.html`, { title: 'large site, month list' });
    const doc = frame.contentDocument!;
    const list = doc.querySelector<HTMLOListElement>('.month-list ol.event-list')!;
    const select = doc.querySelector<HTMLSelectElement>('.month-list select.month-select')!;
    const more = doc.querySelector<HTMLButtonElement>('.month-list button.more')!;
    list.scrollIntoView({ block: 'start' });
    await until(() => list.querySelectorAll('li.event').length === 50 && !more.hidden, 'the first month\'s first page');
    // Items added per mutation callback (one callback per task that rendered): never a whole page at once.
    const batches: number[] = [];
    const watch = new MutationObserver((records) => batches.push(records.reduce((n, r) => n + [...r.addedNodes].filter((a) => a.nodeType === 1 && (a as Element).matches('li.event')).length, 0)));
    watch.observe(list, { childList: true });
    select.value = '2021-03';
    select.dispatchEvent(new Event('change'));
    await until(() => list.querySelectorAll('li.event').length === 50 && more.textContent!.includes('of 48'), 'March 2021\'s first page');
    more.click();
    await until(() => list.querySelectorAll('li.event').length === 98 && more.hidden, 'the rest of March 2021');
    watch.disconnect();
    expect(batches.reduce((a, b) => a + b, 0), `items added (${batches.join(', ')})`).to.be.at.least(48);
    expect(Math.max(...batches), `items per task (${batches.join(', ')})`).to.be.at.most(10);
    const chart = doc.querySelector('timeline-chart') as HTMLElement & { model: { byId: Map<string, { at: number }> } };
    const monthsOf = () => new Set([...list.querySelectorAll<HTMLElement>('li.event')].map((li) => new Date(chart.model.byId.get(li.dataset.id!)!.at).toISOString().slice(0, 7)));
    expect(monthsOf(), 'only March 2021').to.deep.equal(new Set(['2021-03']));

    // Another month chosen while one is still being rendered: the list ends with that month alone.
    select.value = '2021-05';
    select.dispatchEvent(new Event('change'));
    select.value = '2021-02';
    select.dispatchEvent(new Event('change'));
    await until(() => more.textContent!.includes('of 38') && list.querySelectorAll('li.event').length === 50, 'February 2021\'s first page');
    await new Promise((r) => setTimeout(r, 300));
    expect(list.querySelectorAll('li.event').length).to.equal(50);
    expect(monthsOf(), 'only February 2021').to.deep.equal(new Set(['2021-02']));
  });

  it('filter by kind and search from a link: the search index loads (a script the site built, under Trusted Types) and matches', async () => {
    const frame = await openSite(`${SITE}index.html?kind=strike&q=synthetic%20event%201400`, { title: 'large site, filtered' });
    const doc = frame.contentDocument!;
    const chart = doc.querySelector('timeline-chart') as HTMLElement & { model: { events: { event: { kind: string } }[] }; searchMatches: Set<string> | null };
    await until(() => chart.model.events.length < 2500 && chart.model.events.every((e) => e.event.kind === 'strike'), 'only strikes');
    const matches = doc.querySelector('.filters .matches')!;
    await until(() => /match/.test(matches.textContent ?? ''), 'the search answered', 8000);
    expect(doc.querySelector('script[src*="search-index-"]'), 'the index script loaded').to.not.equal(null);
    expect(chart.searchMatches, 'matches on the chart').to.not.equal(null);
  });
});

describe('a large data set on a slow network', () => {
  // /slow-heads-<name>/ holds the heads script back 2 s (web-test-runner.config.mjs); a name
  // of its own for each test, so no test finds it in the cache.
  before(() => viewport({ width: 1100, height: 800 }));
  after(() => viewport());
  const open = async (name: string, query = '') => {
    document.body.innerHTML = '';
    document.body.style.margin = '0';
    const frame = Object.assign(document.createElement('iframe'), { src: `/slow-heads-${name}${SITE}index.html${query}`, title: 'large site, slow' });
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    document.body.append(frame);
    await until(() => Boolean(frame.contentDocument?.querySelector('timeline-chart')?.hasAttribute('data-drawn')), 'the first draw', 10000);
    const doc = frame.contentDocument!;
    type Chart = TimelineChart & { model: { events: { index: number; event: { id: string; title: string } }[]; byId: Map<string, { index: number }> } };
    return { frame, doc, chart: doc.querySelector('timeline-chart') as Chart };
  };
  const realIds = (chart: { model: { events: { event: { id: string } }[] } }) => !chart.model.events.some((e) => e.event.id.startsWith('@'));

  it('draws its first view, labelled, before the other events\' heads come; Next pressed meanwhile opens the real event', async () => {
    const { frame, doc, chart } = await open('next');
    const waiting = chart.model.events.filter((e) => e.event.id.startsWith('@')).length;
    expect(waiting, 'most heads are still on their way at the first draw').to.be.above(2000);
    const marks = [...chart.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];
    expect(marks.length).to.be.above(10);
    expect(marks.filter((m) => m.dataset.id!.startsWith('@')), 'no mark of the first view waits for its head').to.deep.equal([]);
    const labels = marks.map((m) => m.parentElement!.querySelector('text.label')?.textContent ?? '').filter(Boolean);
    expect(labels.length, 'the first view is labelled').to.be.above(10);
    for (const l of labels) expect(l).to.match(/^Synthetic|…$/);

    // Real input: a click on Next before the heads have come.
    const next = chart.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!;
    const f = frame.getBoundingClientRect();
    const c = centre(next);
    await input({ type: 'click', x: Math.round(f.left + c.x), y: Math.round(f.top + c.y) });
    await until(() => chart.selectedId !== null, 'Next to select an event');
    const picked = chart.model.byId.get(chart.selectedId!)!.index;
    expect(realIds(chart), 'Next was pressed before the heads came').to.equal(false);
    await until(() => realIds(chart) && !chart.selectedId!.startsWith('@'), 'the heads to come', 6000);
    const id = chart.model.events[picked].event.id;
    expect(chart.selectedId, 'the selection has the event\'s own id').to.equal(id);
    const card = chart.shadowRoot!.querySelector('event-card[variant=full]')!;
    await until(() => (card.shadowRoot?.textContent ?? '').includes(`Summary of synthetic event ${id.slice('large-'.length)}.`), 'its card to show its details');
    await until(() => frame.contentWindow!.location.search.includes(`event=${id}`), 'the address to name it');
    expect(frame.contentWindow!.location.search).to.not.contain('%40');
    expect(doc.querySelector('.list-scroll [data-id^="@"]'), 'the list never shows a stand-in').to.equal(null);
  });

  it('a link to an event keeps the plot blank until every head has come, then opens exactly there', async () => {
    const { doc, chart } = await open('link', '?event=large-2400');
    expect(doc.documentElement.classList.contains('find-pending'), 'blank while the heads are on their way').to.equal(true);
    expect(getComputedStyle(chart).visibility).to.equal('hidden');
    await until(() => chart.selectedId === 'large-2400', 'the linked event to be selected', 6000);
    expect(doc.documentElement.classList.contains('find-pending')).to.equal(false);
    const plot = chart.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    const inView = () => {
      const box = chart.shadowRoot!.querySelector('g.mark[data-id="large-2400"]')?.getBoundingClientRect();
      return box !== undefined && box.left >= plot.left && box.right <= plot.right;
    };
    await until(inView, 'its mark in view');
  });
});
