import { render, html } from 'lit';
import type { TimelineModel } from '../data/timeline-model';
import type { DetailsStore } from '../data/details-store';
import { formatMonthIso, parseMonth } from '../time/calendar-day';
import { indexAt } from '../chart/visible';
import { eventItem } from '../components/event-details';
import { monthFailed } from '../app/lazy-notice';
import { msg, str } from '../i18n/msg';
import { formatNumber } from '../i18n/plural';
import { nextTask } from '../app/next-task';

/** How many events the list renders at a time; "Show more" adds as many again. */
export const PAGE = 50;

/** How many items are rendered in one task (a rich item costs about a millisecond). */
const STEP = 8;

/**
 * The event list for large data sets: one month at a time, rendered in the browser from that
 * month's details, a page at a time, so the page holds a bounded number of nodes. It answers
 * `list-reveal` (the chart selected an event that is not rendered) by showing its month.
 */
export function mountMonthView(
  root: HTMLElement,
  model: TimelineModel,
  store: DetailsStore,
  hrefFor: (id: string) => string,
  revealed: (id: string) => void,
): void {
  const select = root.querySelector<HTMLSelectElement>('select.month-select')!;
  const list = root.querySelector<HTMLOListElement>('ol.event-list')!;
  const more = root.querySelector<HTMLButtonElement>('button.more')!;
  // A month's events by binary search in the date-ordered events (grouping them all up front
  // formatted a month for each of 100,000 events while the page loaded).
  const eventsOf = (m: string) => {
    const r = parseMonth(m);
    return r ? model.events.slice(indexAt(model.events, r.start), indexAt(model.events, r.end)) : [];
  };
  let month = select.value;
  let shown = 0;
  /** The month whose items are in the list, and how many; the latest render (a newer one stops an older one). */
  let rendered = { month: '', count: 0 };
  let runs = 0;

  /** Shows a month's first `count` events; false when a later choice took over before it was done. */
  const show = async (m: string, count: number): Promise<boolean> => {
    const items = eventsOf(m);
    // The latest choice wins, whichever month's details arrive last.
    const run = ++runs;
    try {
      if (items.length) await store.load(items[0].event);
      if (run !== runs) return false;
    } catch {
      if (run !== runs) return false;
      select.value = month = m;
      render(html`<li class="notice" role="status">${monthFailed()}</li>`, list);
      rendered = { month: '', count: 0 };
      more.hidden = true;
      return true;
    }
    month = m;
    select.value = m;
    shown = Math.min(items.length, count);
    const details = items.slice(0, shown).flatMap((e) => store.get(e.event.id) ?? []);
    // A few items per task: a page of rich items at once was a long task while the page loaded.
    // Items already in the list for this month are kept as they are.
    const parts = details.slice(0, m === rendered.month ? Math.min(rendered.count, details.length) : 0).map((d) => eventItem(d, hrefFor(d.id)));
    for (;;) {
      for (const d of details.slice(parts.length, parts.length + STEP)) parts.push(eventItem(d, hrefFor(d.id)));
      render(html`${parts}`, list);
      rendered = { month: m, count: parts.length };
      if (parts.length >= details.length) break;
      await nextTask();
      if (run !== runs) return false;
    }
    more.hidden = shown >= items.length;
    more.textContent = msg(str`Show ${formatNumber(Math.min(PAGE, items.length - shown))} more of ${formatNumber(items.length - shown)}`, { id: 'list.more.of' });
    return true;
  };

  select.addEventListener('change', () => void show(select.value, PAGE));
  more.addEventListener('click', () => void show(month, shown + PAGE));
  root.closest('.list-scroll')?.addEventListener('list-reveal', (e) => {
    const id = (e as CustomEvent<{ id: string }>).detail.id;
    const item = model.byId.get(id);
    if (!item) return;
    const m = formatMonthIso(item.at);
    const pos = eventsOf(m).indexOf(item);
    void show(m, Math.max(PAGE, Math.ceil((pos + 1) / PAGE) * PAGE)).then((done) => done && revealed(id));
  });
  void show(month, PAGE);
}
