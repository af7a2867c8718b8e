import { utcYear } from 'd3-time';
import { firstViewEvents } from './first-view-events';
import { tickPlansFor, tickValues } from '../chart/ticks';
import type { TimelineModel } from '../data/timeline-model';
import { dateEdition, formatEventDate, formatUtc, recordFormatted, type FormattedDates } from '../time/date-label';
import { fullDomain } from '../chart/view-window';
import { startOfDayUtc } from '../time/calendar-day';
import { LARGE_DATA } from './large-data';

/** The coarse tick plans of the edition the build is formatting dates for (`useDateEdition`). */
const coarse = () => tickPlansFor(dateEdition()).filter((p) => p.name === 'month' || p.name === 'quarter' || p.name === 'year');

/**
 * The dates a page's first view shows, formatted at build time so the page can draw it without
 * setting up Intl first: the axis labels of months, quarters and years over the data's span (a
 * year more on each side, for the chart's padding), and, when the page carries all the data,
 * each event's date for the accessible name of its mark (for a large data set, of each event its
 * crowded first view can pick, at any width), and the ends of the overview's brush.
 */
export function firstViewDates(model: TimelineModel): FormattedDates {
  const [lo, hi] = model.extent;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const from = utcYear.offset(utcYear.floor(new Date(lo)), -1).getTime();
  const to = utcYear.offset(utcYear.ceil(new Date(hi)), 1).getTime();
  return recordFormatted(() => {
    for (const plan of coarse()) for (const t of tickValues(plan, from, to)) plan.format(t);
    for (const e of model.events.length <= LARGE_DATA ? model.events : firstViewEvents(model)) formatEventDate(e.event.date);
    // The overview's brush names the dates it spans: at first, the chart's whole span.
    const [a, b] = fullDomain(model.extent);
    formatUtc(startOfDayUtc(a), 'day');
    formatUtc(startOfDayUtc(b - 1), 'day');
  });
}
