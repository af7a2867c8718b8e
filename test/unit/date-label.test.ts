import { describe, expect, it } from 'vitest';
import { dateTimeAttr, formatEventDate, formatPublished, formatUtc, recordFormatted, rememberFormatted } from '../../src/time/date-label';

describe('formatUtc', () => {
  it('formatUtc writes each named style in British English', () => {
    const ms = Date.UTC(2022, 9, 6);
    expect(formatUtc(ms, 'day')).toBe('6 October 2022');
    expect(formatUtc(ms, 'month')).toBe('October 2022');
    expect(formatUtc(ms, 'shortMonthYear')).toBe('Oct 2022');
    expect(formatUtc(ms, 'shortMonth')).toBe('Oct');
    expect(formatUtc(ms, 'dayShortMonth')).toBe('6 Oct');
    expect(formatUtc(ms, 'dayOfMonth')).toBe('6');
    expect(formatUtc(ms, 'year')).toBe('2022');
  });

  it('formatUtc reads the calendar day in UTC at both ends of the day, whatever the local zone', () => {
    // Local time would give 5 October in New York for the first, 7 October in Tehran for the second.
    expect(formatUtc(Date.UTC(2022, 9, 6, 0, 0), 'day')).toBe('6 October 2022');
    expect(formatUtc(Date.UTC(2022, 9, 6, 23, 59), 'day')).toBe('6 October 2022');
  });

  it('formatUtc reads the year in UTC across New Year', () => {
    expect(formatUtc(Date.UTC(2023, 0, 1, 0, 30), 'year')).toBe('2023');
    expect(formatUtc(Date.UTC(2022, 11, 31, 23, 30), 'year')).toBe('2022');
  });
});

describe('formatEventDate', () => {
  it('formatEventDate says a day in full', () => {
    expect(formatEventDate({ precision: 'day', day: '2022-10-06' })).toBe('6 October 2022');
  });

  it('formatEventDate says the first day of a month as that day, not the day before', () => {
    expect(formatEventDate({ precision: 'day', day: '2022-03-01' })).toBe('1 March 2022');
  });

  it('formatEventDate says a month as month and year', () => {
    expect(formatEventDate({ precision: 'month', month: '2022-08' })).toBe('August 2022');
    expect(formatEventDate({ precision: 'month', month: '2023-01' })).toBe('January 2023');
  });

  it("formatEventDate says an approximate date with the sources' label and the window", () => {
    expect(formatEventDate({ precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' })).toBe(
      'early November 2022 (between 1 November 2022 and 10 November 2022)',
    );
  });

  it('formatEventDate says a deadline without from', () => {
    expect(formatEventDate({ precision: 'by', by: '2022-12-31' })).toBe('by 31 December 2022');
  });

  it('formatEventDate says a deadline with the day it was expected from', () => {
    expect(formatEventDate({ precision: 'by', by: '2022-12-31', from: '2022-11-01' })).toBe('by 31 December 2022 (expected as of 1 November 2022)');
  });

  it('formatEventDate falls back to the raw text of a date it cannot read', () => {
    expect(formatEventDate({ precision: 'day', day: '2022-02-30' })).toBe('2022-02-30');
    expect(formatEventDate({ precision: 'month', month: '2022-13' })).toBe('2022-13');
  });
});

describe('dateTimeAttr', () => {
  it('dateTimeAttr gives the day, the month, the window start or the deadline', () => {
    expect(dateTimeAttr({ precision: 'day', day: '2022-10-06' })).toBe('2022-10-06');
    expect(dateTimeAttr({ precision: 'month', month: '2022-08' })).toBe('2022-08');
    expect(dateTimeAttr({ precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November' })).toBe('2022-11-01');
    expect(dateTimeAttr({ precision: 'by', by: '2022-12-31', from: '2022-11-01' })).toBe('2022-12-31');
  });
});

describe('formatPublished', () => {
  it('formatPublished says a publication day in full', () => {
    expect(formatPublished('2022-10-07')).toBe('7 October 2022');
  });

  it('formatPublished says a publication month as month and year', () => {
    expect(formatPublished('2022-10')).toBe('October 2022');
  });

  it('formatPublished returns text it cannot read unchanged', () => {
    expect(formatPublished('2022-02-30')).toBe('2022-02-30');
    expect(formatPublished('last week')).toBe('last week');
  });
});

describe('recordFormatted and rememberFormatted', () => {
  it('recordFormatted returns exactly the dates formatted while it ran, with their texts', () => {
    formatUtc(Date.UTC(2001, 0, 1), 'year'); // formatted before: not part of the record
    const dates = recordFormatted(() => {
      formatUtc(Date.UTC(2022, 9, 6), 'day');
      formatUtc(Date.UTC(2022, 9, 6), 'day');
      formatUtc(Date.UTC(2023, 0, 1), 'shortMonthYear');
    });
    expect(dates.map(([, text]) => text)).toEqual(['6 October 2022', 'Jan 2023']);
  });

  it('rememberFormatted makes formatUtc answer from the given texts (the build formats, the page reuses)', () => {
    const [[key]] = recordFormatted(() => formatUtc(Date.UTC(2030, 5, 1), 'month'));
    rememberFormatted([[key, 'carried over']]);
    expect(formatUtc(Date.UTC(2030, 5, 1), 'month')).toBe('carried over');
    // Other dates are still formatted afresh.
    expect(formatUtc(Date.UTC(2030, 6, 1), 'month')).toBe('July 2030');
  });

  it('rememberFormatted ignores entries that are not pairs of strings', () => {
    rememberFormatted([[42, 'x'], ['year2040', 7], null] as unknown as [string, string][]);
    expect(formatUtc(Date.UTC(2040, 0, 1), 'year')).toBe('2040');
  });
});

describe('formatUtc and date-fns', () => {
  it('formatUtc gives exactly what date-fns intlFormat gives, for every style, across years and time of day', async () => {
    const { DATE_FORMATS, formatUtc, referenceFormat } = await import('../../src/time/date-label');
    for (const style of Object.keys(DATE_FORMATS) as (keyof typeof DATE_FORMATS)[])
      for (const ms of [Date.UTC(1900, 0, 1), Date.UTC(2022, 9, 6), Date.UTC(2022, 11, 31, 23, 59), Date.UTC(2100, 11, 31)]) expect(formatUtc(ms, style)).toBe(referenceFormat(ms, style));
  });
});
