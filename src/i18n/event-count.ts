import { msg, str } from './msg';
import { formatNumber, plural } from './plural';

/**
 * A count of events in the reader's language, its number in the edition's digits: '1 event',
 * '30 events', '3 события', '۳۰ رویداد'. The chart's edges and description, the counts of the
 * filters and the list share it.
 */
export function eventCount(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} event`, { id: 'count.events.one' }),
    few: msg(str`${n} events`, { id: 'count.events.few' }),
    many: msg(str`${n} events`, { id: 'count.events.many' }),
    other: msg(str`${n} events`, { id: 'count.events.other' }),
  });
}
