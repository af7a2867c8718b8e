import { describe, expect, it } from 'vitest';
import { eventTime } from '../../src/time/event-time';
import { DAY_MS } from '../../src/time/calendar-day';

describe('eventTime', () => {
  it('eventTime of a day spans that UTC day and is drawn at its UTC noon', () => {
    expect(eventTime({ precision: 'day', day: '2022-10-06' })).toEqual({
      start: Date.UTC(2022, 9, 6),
      end: Date.UTC(2022, 9, 7),
      at: Date.UTC(2022, 9, 6, 12),
      uncertain: false,
    });
  });

  it('eventTime of a day does not depend on the local time zone', () => {
    const t = eventTime({ precision: 'day', day: '2022-03-22' });
    // Local-time parsing would put the start off UTC midnight in New York or Tehran.
    expect(new Date(t.start).toISOString()).toBe('2022-03-22T00:00:00.000Z');
    expect(new Date(t.at).toISOString()).toBe('2022-03-22T12:00:00.000Z');
  });

  it('eventTime of a month spans the whole month (end exclusive), is drawn mid-month and is uncertain', () => {
    const t = eventTime({ precision: 'month', month: '2022-08' });
    expect(t.start).toBe(Date.UTC(2022, 7, 1));
    expect(t.end).toBe(Date.UTC(2022, 8, 1));
    expect(t.at).toBe((Date.UTC(2022, 7, 1) + Date.UTC(2022, 8, 1)) / 2);
    expect(t.uncertain).toBe(true);
  });

  it('eventTime of an approximate window includes its last day and is drawn at the middle', () => {
    const t = eventTime({ precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' });
    expect(t.start).toBe(Date.UTC(2022, 10, 1));
    expect(t.end).toBe(Date.UTC(2022, 10, 11));
    expect(t.at).toBe(Date.UTC(2022, 10, 6));
    expect(t.uncertain).toBe(true);
  });

  it('eventTime of an approximate window of a single day is certain', () => {
    const t = eventTime({ precision: 'approximate', start: '2022-11-01', end: '2022-11-01', label: '1 November' });
    expect(t.end - t.start).toBe(DAY_MS);
    expect(t.at).toBe(Date.UTC(2022, 10, 1, 12));
    expect(t.uncertain).toBe(false);
  });

  it('eventTime of a deadline without from spans the deadline day only, drawn at its noon, uncertain', () => {
    expect(eventTime({ precision: 'by', by: '2022-12-31' })).toEqual({
      start: Date.UTC(2022, 11, 31),
      end: Date.UTC(2023, 0, 1),
      at: Date.UTC(2022, 11, 31, 12),
      uncertain: true,
    });
  });

  it('eventTime of a deadline with from starts at from and is still drawn at the deadline', () => {
    expect(eventTime({ precision: 'by', by: '2022-12-31', from: '2022-11-01' })).toEqual({
      start: Date.UTC(2022, 10, 1),
      end: Date.UTC(2023, 0, 1),
      at: Date.UTC(2022, 11, 31, 12),
      uncertain: true,
    });
  });

  it('eventTime keeps at between start and end for every precision', () => {
    for (const d of [
      { precision: 'day', day: '2024-02-29' },
      { precision: 'month', month: '2024-02' },
      { precision: 'approximate', start: '2022-12-30', end: '2023-01-02', label: 'new year' },
      { precision: 'by', by: '2023-03-01', from: '2023-02-01' },
    ] as const) {
      const t = eventTime(d);
      expect(t.start).toBeLessThanOrEqual(t.at);
      expect(t.at).toBeLessThan(t.end);
    }
  });

  it('eventTime throws a RangeError on dates validation would reject', () => {
    expect(() => eventTime({ precision: 'day', day: '2022-02-30' })).toThrow(RangeError);
    expect(() => eventTime({ precision: 'month', month: '2022-13' })).toThrow(RangeError);
    expect(() => eventTime({ precision: 'approximate', start: '2022-01-01', end: 'soon', label: 'x' })).toThrow(RangeError);
    expect(() => eventTime({ precision: 'by', by: '2022-12-31', from: '2022-11-31' })).toThrow(RangeError);
  });
});
