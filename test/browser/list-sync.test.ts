/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { centre, frames, input, until } from './input';
import { mark, mountTimeline, type Mounted } from './fixture';

/** Scrolls the list so an item sits at its top. */
function scrollListTo(list: HTMLElement, li: HTMLElement): void {
  list.scrollTop += li.getBoundingClientRect().top - list.getBoundingClientRect().top;
}

describe('event list and chart in step', () => {
  let m: Mounted;
  beforeEach(async () => {
    window.scrollTo(0, 0);
    m = await mountTimeline({ width: 760 });
  });

  it('renders every event as a list item with a <time datetime>, in date order', () => {
    const items = [...m.list.querySelectorAll<HTMLLIElement>('ol > li.event')];
    expect(items.map((li) => li.dataset.id)).to.deep.equal(m.model.events.map((e) => e.event.id));
    for (const li of items) expect(li.querySelector('time[datetime]')).to.not.equal(null);
  });

  it('selecting on the chart brings its list item into view, without scrolling the page', async () => {
    const target = m.model.events[m.model.events.length - 2].event.id;
    m.chart.select(target, { focus: true, center: true, cause: 'keyboard' });
    const li = m.list.querySelector<HTMLElement>(`li[data-id="${target}"]`)!;
    await until(() => {
      const a = li.getBoundingClientRect();
      const b = m.list.getBoundingClientRect();
      return a.top >= b.top - 1 && a.top < b.bottom;
    }, 'the list item scrolled into view');
    expect(li.getAttribute('aria-current')).to.equal('true');
    expect(window.scrollY).to.equal(0);
  });

  it('scrolling the list highlights the matching event on the chart', async () => {
    const li = m.list.querySelectorAll<HTMLElement>('li.event')[10];
    scrollListTo(m.list, li);
    await until(() => m.chart.currentId === li.dataset.id, 'the chart to follow the list');
    await frames();
    const g = mark(m, li.dataset.id!);
    expect(g, 'the event is drawn as a mark').to.not.equal(null);
    // The outline is on the event's group (its mark and label).
    expect(g!.parentElement!.classList.contains('is-current')).to.equal(true);
  });

  it("a list item's title selects its event on the chart", async () => {
    const li = m.list.querySelectorAll<HTMLElement>('li.event')[6];
    const link = li.querySelector<HTMLAnchorElement>('a.event-link')!;
    scrollListTo(m.list, li);
    await frames();
    // The page scrolls too if the list is below the fold (the test page is 600 px tall).
    link.scrollIntoView({ block: 'nearest' });
    await frames();
    const at = centre(link);
    expect(document.elementFromPoint(at.x, at.y), 'the title is what the click hits').to.equal(link);
    await input({ type: 'click', ...at });
    await until(() => m.chart.selectedId === li.dataset.id, 'the chart to select it');
    expect(location.search).to.not.contain('event=');
  });
});
