import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-time';
import { utcDay, utcMonday, utcMonth, utcQuarter, utcSaturday, utcSunday, utcYear, type UtcInterval } from '../../src/time/utc-intervals';

const DAY = 86_400_000;
/** Each of ours beside the d3-time interval it stands in for. */
const PAIRS: [string, UtcInterval, d3.TimeInterval][] = [
  ['day', utcDay, d3.utcDay],
  ['sunday', utcSunday, d3.utcSunday],
  ['monday', utcMonday, d3.utcMonday],
  ['saturday', utcSaturday, d3.utcSaturday],
  ['month', utcMonth, d3.utcMonth],
  ['quarter', utcQuarter, d3.utcMonth.every(3)!],
  ['year', utcYear, d3.utcYear],
];
// Instants from 1900 to 2100, with their milliseconds (boundaries themselves come up too).
const instant = fc.oneof(fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }), fc.integer({ min: -25_000, max: 75_000 }).map((d) => d * DAY));

describe('UTC intervals', () => {
  for (const [name, ours, theirs] of PAIRS) {
    it(`${name}: floor, offset and range as d3-time's`, () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 800 * DAY }), (ms, n, span) => {
          expect(ours.floor(ms)).toBe(+theirs.floor(new Date(ms)));
          const boundary = ours.floor(ms);
          expect(ours.offset(boundary, n)).toBe(+theirs.offset(new Date(boundary), n));
          expect(ours.range(ms, ms + span)).toEqual(theirs.range(new Date(ms), new Date(ms + span)).map(Number));
        }),
      );
    });
  }

  it('weeks begin on their weekday at midnight, quarters in January, April, July and October', () => {
    const t = Date.UTC(2022, 9, 6, 15, 30);
    expect(new Date(utcSunday.floor(t)).toISOString()).toBe('2022-10-02T00:00:00.000Z');
    expect(new Date(utcMonday.floor(t)).toISOString()).toBe('2022-10-03T00:00:00.000Z');
    expect(new Date(utcSaturday.floor(t)).toISOString()).toBe('2022-10-01T00:00:00.000Z');
    expect(utcQuarter.range(Date.UTC(2022, 1, 1), Date.UTC(2023, 1, 1)).map((ms) => new Date(ms).getUTCMonth())).toEqual([3, 6, 9, 0]);
  });
});
