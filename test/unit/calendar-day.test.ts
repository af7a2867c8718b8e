import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, formatDayIso, formatMonthIso, parseDay, parseMonth, startOfDayUtc } from '../../src/time/calendar-day';

describe('parseDay', () => {
  it('parseDay reads a day as the UTC midnight that starts it', () => {
    expect(parseDay('2022-10-06')).toBe(Date.UTC(2022, 9, 6));
    expect(parseDay('2022-10-06')).toBe(1665014400000);
  });

  it('parseDay accepts 2024-02-29 in a leap year and 2000-02-29 in a leap century', () => {
    expect(parseDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseDay('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
  });

  it('parseDay accepts the first and last days of the year', () => {
    expect(parseDay('2022-01-01')).toBe(Date.UTC(2022, 0, 1));
    expect(parseDay('2022-12-31')).toBe(Date.UTC(2022, 11, 31));
  });

  it.each([
    ['2023-02-29', 'February 29 outside a leap year'],
    ['1900-02-29', 'February 29 in a century that is not a leap year'],
    ['2022-02-30', 'February 30'],
    ['2022-04-31', 'April 31'],
    ['2022-13-01', 'month 13'],
    ['2022-00-10', 'month 0'],
    ['2022-01-00', 'day 0'],
    ['2022-01-32', 'day 32'],
  ])('parseDay rejects %s (%s)', (text) => {
    expect(parseDay(text)).toBeNull();
  });

  it.each(['abc', '', '2022-1-1', '2022-01-1', '22-01-01', '2022/01/01', ' 2022-01-01', '2022-01-01T00:00:00Z', '2022-01'])(
    'parseDay rejects the malformed text %j',
    (text) => {
      expect(parseDay(text)).toBeNull();
    },
  );
});

describe('parseDay in a time zone that skipped a calendar day', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // Samoa (Pacific/Apia) jumped from 29 to 31 December 2011, so 30 December 2011 never existed
  // there in local time; it is still a real calendar day, and parseDay is documented to mean
  // the same day in every time zone. It fails because date-fns' isExists checks the day with
  // the local-time Date constructor.
  it('parseDay accepts 2011-12-30 even when the local time zone is Pacific/Apia', () => {
    process.env.TZ = 'Pacific/Apia';
    expect(parseDay('2011-12-30')).toBe(Date.UTC(2011, 11, 30));
  });
});

describe('parseDay and parseMonth before the year 100', () => {
  /** The UTC midnight of a day, without Date.UTC's mapping of years 0-99 onto 1900-1999. */
  const utc = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m, d);

  // The schema allows any four-digit year, but both functions go through APIs that read
  // years 0-99 as 1900-1999: parseDay then rejects a real day, parseMonth moves it to 1950.
  it('parseDay reads 0050-03-01 as a real day in the year 50', () => {
    expect(parseDay('0050-03-01')).toBe(utc(50, 2, 1));
  });

  it('parseMonth reads 0050-03 as March of the year 50, not 1950', () => {
    expect(parseMonth('0050-03')?.start).toBe(utc(50, 2, 1));
  });
});

describe('parseMonth', () => {
  it('parseMonth gives the first and one-past-last UTC midnights of the month', () => {
    expect(parseMonth('2022-08')).toEqual({ start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) });
  });

  it('parseMonth rolls December over into January of the next year', () => {
    expect(parseMonth('2022-12')).toEqual({ start: Date.UTC(2022, 11, 1), end: Date.UTC(2023, 0, 1) });
  });

  it('parseMonth spans 29 days for February of a leap year', () => {
    const m = parseMonth('2024-02');
    expect(m).not.toBeNull();
    expect((m!.end - m!.start) / DAY_MS).toBe(29);
  });

  it.each(['2022-00', '2022-13', '2022-8', '2022-08-01', 'abc', ''])('parseMonth rejects %j', (text) => {
    expect(parseMonth(text)).toBeNull();
  });
});

describe('formatDayIso', () => {
  it('formatDayIso writes the UTC day of an instant at its first and last minute', () => {
    expect(formatDayIso(Date.UTC(2022, 9, 6))).toBe('2022-10-06');
    expect(formatDayIso(Date.UTC(2022, 9, 6, 23, 59, 59, 999))).toBe('2022-10-06');
  });

  it('formatDayIso round-trips parseDay', () => {
    for (const day of ['2022-01-01', '2024-02-29', '2022-12-31', '1999-07-15']) expect(formatDayIso(parseDay(day)!)).toBe(day);
  });
});

describe('formatMonthIso', () => {
  it('formatMonthIso writes the UTC month of an instant at its first and last minute', () => {
    expect(formatMonthIso(Date.UTC(2022, 7, 1))).toBe('2022-08');
    expect(formatMonthIso(Date.UTC(2022, 7, 31, 23, 59))).toBe('2022-08');
  });
});

describe('startOfDayUtc', () => {
  it('startOfDayUtc gives the UTC midnight of the day containing an instant', () => {
    expect(startOfDayUtc(Date.UTC(2022, 9, 6, 15, 30))).toBe(Date.UTC(2022, 9, 6));
    expect(startOfDayUtc(Date.UTC(2022, 9, 6, 23, 59, 59, 999))).toBe(Date.UTC(2022, 9, 6));
  });

  it('startOfDayUtc leaves a UTC midnight unchanged', () => {
    expect(startOfDayUtc(Date.UTC(2022, 9, 6))).toBe(Date.UTC(2022, 9, 6));
  });

  it('startOfDayUtc rounds down before 1970 too', () => {
    expect(startOfDayUtc(Date.UTC(1969, 11, 31, 12))).toBe(Date.UTC(1969, 11, 31));
  });
});
