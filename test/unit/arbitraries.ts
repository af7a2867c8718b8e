import fc from 'fast-check';
import type { EventDate, TimelineEvent } from '../../src/data/types';
import { formatDayIso } from '../../src/time/calendar-day';
import { makeEvent } from './make-event';

const FIRST = Date.UTC(2015, 0, 1);
const DAY = 86_400_000;

/** A real calendar day, YYYY-MM-DD, in 2015–2024. */
export const dayIso = fc.integer({ min: 0, max: 3652 }).map((n) => formatDayIso(FIRST + n * DAY));

/** An event date of any precision, always valid. */
export const eventDate: fc.Arbitrary<EventDate> = fc.oneof(
  dayIso.map((day) => ({ precision: 'day' as const, day })),
  dayIso.map((d) => ({ precision: 'month' as const, month: d.slice(0, 7) })),
  fc.tuple(dayIso, fc.integer({ min: 0, max: 60 })).map(([start, n]) => ({
    precision: 'approximate' as const,
    start,
    end: formatDayIso(Date.parse(start) + n * DAY),
    label: 'about then',
  })),
  dayIso.map((by) => ({ precision: 'by' as const, by })),
);

/** A list of valid events with unique ids. */
export const events = (max = 60): fc.Arbitrary<TimelineEvent[]> =>
  fc.array(eventDate, { minLength: 1, maxLength: max }).map((dates) => dates.map((d, i) => makeEvent(`e-${i}`, d)));
