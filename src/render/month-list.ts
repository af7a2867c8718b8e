import { rollup } from 'd3-array';
import type { ChartEvent } from '../data/timeline-model';
import type { EventHead } from '../data/types';
import { formatUtc } from '../time/date-label';
import { formatMonthIso, parseMonth } from '../time/calendar-day';
import { html, type Raw } from './html';
import { messageMarkup } from './message-markup';
import { msg, str } from '../i18n/msg';
import { formatNumber, plural } from '../i18n/plural';
import { eventCount } from '../i18n/event-count';

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
<p class="list-note">${listNote(events.length, months.length)}</p>
<noscript><p class="notice">${messageMarkup(msg('With this many events the list needs JavaScript. All the data is in {0} (and {1} for a spreadsheet).', { id: 'list.months.noscript' }), [
    html`<a href="./events.json">events.json</a>`,
    html`<a href="./events.csv">events.csv</a>`,
  ])}</p></noscript>
<p class="month-nav"><label>${msg('Month', { id: 'list.month' })} <select class="month-select">${months.map(
    ([m, n]) => html`<option value="${m}">${formatUtc(parseMonth(m)!.start, 'month')} (${formatNumber(n)})</option>`,
  )}</select></label></p>
<ol class="event-list"></ol>
<p class="more-row"><button type="button" class="more" hidden>${msg('Show more', { id: 'list.more' })}</button></p>
</div>`;
}

/** What the list of a large data set says of itself: '1,200 events in 14 months. The list shows one month at a time…' */
function listNote(total: number, monthCount: number): string {
  const n = formatNumber(monthCount);
  const months = plural(monthCount, {
    one: msg(str`${eventCount(total)} in ${n} month.`, { id: 'list.months.one' }),
    few: msg(str`${eventCount(total)} in ${n} months.`, { id: 'list.months.few' }),
    many: msg(str`${eventCount(total)} in ${n} months.`, { id: 'list.months.many' }),
    other: msg(str`${eventCount(total)} in ${n} months.`, { id: 'list.months.other' }),
  });
  return `${months} ${msg('The list shows one month at a time; choose a month or select an event on the timeline.', { id: 'list.months.how' })}`;
}
