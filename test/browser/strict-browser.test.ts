/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { until } from './input';
import { openSite } from './site';
import { mountMonthView } from '../../src/list/month-view';
import { buildModel } from '../../src/data/timeline-model';
import { monthFailed } from '../../src/app/lazy-notice';
import { renderMonthList } from '../../src/render/month-list';

// The built site (npm run build) under its own CSP, which requires Trusted Types for scripts.
const SITE = '/dist/';
type Chart = HTMLElement & { select(id: string, o: object): void; model: { events: { event: { id: string } }[] } };

describe('the site under Trusted Types', () => {
  it('the CSP of every page requires Trusted Types for scripts', async () => {
    for (const page of ['index.html', 'embed.html']) expect(await (await fetch(`${SITE}${page}`)).text()).to.contain("require-trusted-types-for 'script'");
  });

  it('the lazy parts load under Trusted Types: a pinned event shows its sources', async () => {
    const frame = await openSite(`${SITE}index.html`);
    const win = frame.contentWindow as Window & { trustedTypes?: { defaultPolicy: unknown } };
    expect(win.trustedTypes?.defaultPolicy, 'the site installs its policy').to.not.equal(null);
    const chart = frame.contentDocument!.querySelector('timeline-chart') as Chart;
    chart.select(chart.model.events[0].event.id, { pin: true });
    const tip = () => chart.shadowRoot!.querySelector('event-card[variant=full]')?.shadowRoot?.textContent ?? '';
    await until(() => tip().includes('Sources'), 'the card to show its sources', 10000);
  });

  it('the policy refuses a script URL the site did not build', async () => {
    const frame = await openSite(`${SITE}index.html`);
    const doc = frame.contentDocument!;
    const s = doc.createElement('script');
    let refused = false;
    try {
      s.src = `${location.origin}/elsewhere.js`;
    } catch {
      refused = true;
    }
    expect(refused).to.equal(true);
    expect(s.src).to.equal('');
  });
});

describe('event pages without the trailing slash', () => {
  it('/events/<id> (no slash) reaches the event page, drawn and styled', async () => {
    const html = await (await fetch(`${SITE}index.html`)).text();
    const id = /<li class="event [^"]*" id="event-([^"]+)"/.exec(html)![1];
    document.body.innerHTML = '';
    const frame = Object.assign(document.createElement('iframe'), { src: `${SITE}events/${id}.html`, title: 'no slash' });
    frame.style.cssText = 'width: 900px; height: 700px; border: 0';
    document.body.append(frame);
    await until(() => frame.contentWindow?.location.pathname.endsWith(`/events/${id}/`) ?? false, 'the redirect to the page with the slash', 10000);
    await until(() => Boolean(frame.contentDocument?.querySelector('timeline-chart')?.hasAttribute('data-drawn')), 'the chart to draw', 10000);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('.focus h3')?.textContent).to.not.equal('');
    expect(getComputedStyle(doc.querySelector('.visually-hidden')!).position, 'the stylesheet applies').to.equal('absolute');
  });
});

describe('mountMonthView when a month cannot load', () => {
  it('mountMonthView says so in the list instead of staying empty', async () => {
    const events = [{ id: 'a', date: { precision: 'day' as const, day: '2022-10-06' }, kind: 'strike' as const, title: 'A', summary: 'S', actors: [], sources: [] }];
    const model = buildModel({ events });
    document.body.innerHTML = `<div class="list-scroll">${renderMonthList(model.events).value}</div>`;
    const root = document.querySelector<HTMLElement>('.month-list')!;
    const store = { get: () => undefined, load: () => Promise.reject(new Error('offline')) };
    mountMonthView(root, model, store, (id) => `#${id}`, () => {});
    await until(() => (root.querySelector('ol.event-list')?.textContent ?? '').includes(monthFailed()), 'the notice');
    expect(root.querySelector<HTMLButtonElement>('button.more')!.hidden).to.equal(true);
  });
});
