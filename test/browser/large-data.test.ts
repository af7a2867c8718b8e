/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { until } from './input';
import { openSite } from './site';

// A site built from 1,500 synthetic events (test/fixtures/make-large.mjs): large-data mode, with
// a compact index, month details loaded on demand and a month-by-month list.
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
    expect(chart.model.events.length).to.equal(1500);
    // Years and before-dates survive the compact index, with their spans.
    const year = chart.model.byId.get('large-1001')!;
    expect(year.event.date.precision).to.equal('year');
    expect((year.end - year.start) / 86_400_000).to.be.within(365, 366);
    expect(chart.model.byId.get('large-1002')!.event.date).to.deep.include({ precision: 'before' });
    // The whole span is drawn with a bounded number of nodes (groups, not 1,500 marks).
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

  it('filter by kind and search from a link: the search index loads (a script the site built, under Trusted Types) and matches', async () => {
    const frame = await openSite(`${SITE}index.html?kind=strike&q=synthetic%20event%201400`, { title: 'large site, filtered' });
    const doc = frame.contentDocument!;
    const chart = doc.querySelector('timeline-chart') as HTMLElement & { model: { events: { event: { kind: string } }[] }; searchMatches: Set<string> | null };
    await until(() => chart.model.events.length < 1500 && chart.model.events.every((e) => e.event.kind === 'strike'), 'only strikes');
    const matches = doc.querySelector('.filters .matches')!;
    await until(() => /match/.test(matches.textContent ?? ''), 'the search answered', 8000);
    expect(doc.querySelector('script[src*="search-index-"]'), 'the index script loaded').to.not.equal(null);
    expect(chart.searchMatches, 'matches on the chart').to.not.equal(null);
  });
});
