import { rollup } from 'd3-array';
import type { ChartEvent } from '../data/timeline-model';
import type { EventHead } from '../data/types';
import { formatUtc } from '../time/date-label';
import { formatMonthIso, parseMonth } from '../time/calendar-day';
import { html, type Raw } from './html';

/** Events per month, in date order: the months a large list can show. */
export function monthCounts(events: readonly ChartEvent<EventHead>[]): [string, number][] {
  const counts = rollup(events, (v) => v.length, (e) => formatMonthIso(e.at));
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * The list for large data sets, as the build writes it: the months with their counts, and an
 * empty list the script fills one month at a time (the HTML stays small whatever the size).
 */
export function renderMonthList(events: readonly ChartEvent<EventHead>[]): Raw {
  const months = monthCounts(events);
  return html`<div class="month-list" data-months="${months.map(([m, n]) => `${m}:${n}`).join(',')}">
<p class="list-note">${events.length.toLocaleString('en-GB')} events in ${months.length} months. The list shows one month at a time; choose a month or select an event on the timeline.</p>
<noscript><p class="notice">With this many events the list needs JavaScript. All the data is in <a href="./events.json">events.json</a> (and <a href="./events.csv">events.csv</a> for a spreadsheet).</p></noscript>
<p class="month-nav"><label>Month <select class="month-select">${months.map(
    ([m, n]) => html`<option value="${m}">${formatUtc(parseMonth(m)!.start, 'month')} (${n.toLocaleString('en-GB')})</option>`,
  )}</select></label></p>
<ol class="event-list"></ol>
<p class="more-row"><button type="button" class="more" hidden>Show more</button></p>
</div>`;
}
