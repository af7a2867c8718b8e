/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { until } from './input';
import { expectNoAxeViolations } from './axe';
import { openSite } from './site';

// Years, before-dates, the new stances and corrections, end to end in the built site (npm run build).
const SITE = '/dist/';
type Chart = HTMLElement & { selectedId: string | null; pinned: boolean; visibleWindow(): [number, number] | null };

async function open(path: string) {
  const frame = await openSite(`${SITE}${path}`);
  const doc = frame.contentDocument!;
  return { doc, chart: doc.querySelector('timeline-chart') as Chart };
}
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const tipText = (chart: Chart) => chart.shadowRoot!.querySelector('event-card[variant=full]')?.shadowRoot?.textContent ?? '';

describe('years, before-dates, stances and corrections on the site', () => {
  it('?date=2022 opens the whole year', async () => {
    const o = await open('index.html?date=2022');
    expect(o.chart.visibleWindow()!.map((t) => Math.round(t))).to.deep.equal([day('2022-01-01'), day('2023-01-01')]);
    expect(o.doc.getElementById('notice')!.hidden).to.equal(true);
  });

  it('an event dated to a year is drawn as a span over the year and labelled "2022"', async () => {
    const o = await open('index.html?event=2022-us-releases-drone-sale-imagery');
    await until(() => o.chart.pinned && tipText(o.chart).includes('Loading') === false && tipText(o.chart).includes('satellite imagery'), 'the card');
    const mark = o.chart.shadowRoot!.querySelector('.mark[data-id="2022-us-releases-drone-sale-imagery"]')!;
    expect(mark.getAttribute('aria-label')).to.contain(', 2022 (');
    const span = mark.querySelector('rect.span')!;
    const [from, to] = o.chart.visibleWindow()!;
    const width = Number(span.getAttribute('width'));
    const plot = (o.chart.shadowRoot!.querySelector('svg') as SVGSVGElement).getBoundingClientRect().width;
    // A year is about 365/(to-from in days) of the plot: well over a hundred pixels here.
    expect(width).to.be.above(((plot * 365 * 86_400_000) / (to - from)) * 0.6);
  });

  it('a before-date is labelled as the sources put it, and its claims show acknowledging and denying', async () => {
    const o = await open('index.html?event=2022-before-war-iran-drones-to-russia');
    await until(() => tipText(o.chart).includes('Acknowledges:'), 'the card with its claims');
    expect(tipText(o.chart)).to.contain('before late February 2022');
    const item = o.doc.getElementById('event-2022-before-war-iran-drones-to-russia')!;
    expect(item.querySelector('.meta time')!.textContent).to.equal('before late February 2022');
    // No earliest day is known: the span's start is drawn open.
    expect(o.chart.shadowRoot!.querySelector('.mark[data-id="2022-before-war-iran-drones-to-russia"] rect.span.open-start')).to.not.equal(null);
    expect(o.chart.shadowRoot!.querySelector('.mark[data-id="2022-02-russia-full-scale-invasion"] rect.span.open-start')).to.equal(null);
  });

  it("the UN mission's response shows Declines to comment, Acknowledges, the Corrected line and a publication window", async () => {
    const o = await open('index.html?event=2022-11-19-iran-un-mission-response');
    await until(() => tipText(o.chart).includes('Declines to comment:'), 'the card with its claims');
    const text = tipText(o.chart);
    for (const s of ['Acknowledges:', 'Corrected', 'see the end of this entry', '19–21 November 2022', 'Why:']) expect(text, s).to.contain(s);
    expect(text).to.not.contain('Denies:');
  });

  it('the page says when the data last changed; corrected events carry a mark in the list; the reader pages load', async () => {
    const o = await open('index.html');
    expect(o.doc.querySelector('.site-links')!.textContent).to.match(/^Last updated \d{1,2} \w+ \d{4}\./);
    const marked = [...o.doc.querySelectorAll('.event-list > li.event')].filter((li) => li.querySelector('.meta .corrected-mark'));
    expect(marked.length).to.be.above(5);
    for (const li of marked) expect(li.querySelectorAll('.corrections li').length).to.be.above(0);
    const corrections = new DOMParser().parseFromString(await (await fetch(`${SITE}corrections/`)).text(), 'text/html');
    expect(corrections.querySelectorAll('li.correction').length).to.equal(o.doc.querySelectorAll('.event-list .corrections li').length);
    const link = corrections.querySelector('li.correction a')!.getAttribute('href')!;
    expect((await fetch(new URL(link, new URL(`${SITE}corrections/`, location.href)))).ok).to.equal(true);
    const method = new DOMParser().parseFromString(await (await fetch(`${SITE}method/`)).text(), 'text/html');
    expect([...method.querySelectorAll('dt')].map((d) => d.textContent)).to.include.members(['Declines to comment', 'Acknowledges']);
  });

  for (const page of ['corrections/', 'method/']) {
    it(`the ${page} page has no axe violations`, async () => {
      document.body.innerHTML = '';
      const frame = Object.assign(document.createElement('iframe'), { src: `${SITE}${page}`, title: page });
      frame.style.cssText = 'width: 900px; height: 700px; border: 0';
      document.body.append(frame);
      await until(() => frame.contentDocument?.readyState === 'complete' && Boolean(frame.contentDocument.querySelector('h1')), `${page} to load`);
      await expectNoAxeViolations(frame.contentDocument!);
    });
  }
});
