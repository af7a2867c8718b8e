import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { formatEnglish, type EnglishStyle } from '../../src/time/english-dates';
import { DATE_FORMATS } from '../../src/time/date-label';

const STYLES = Object.keys(DATE_FORMATS) as EnglishStyle[];
const intl = (ms: number, style: EnglishStyle) => new Intl.DateTimeFormat('en-GB', { ...DATE_FORMATS[style], timeZone: 'UTC' }).format(ms);

describe('English dates without Intl', () => {
  it('writes every style exactly as Intl en-GB does, for any instant of the years 1 to 9999', () => {
    const start = new Date(0);
    start.setUTCFullYear(1, 0, 1);
    const end = new Date(0);
    end.setUTCFullYear(9999, 11, 31);
    end.setUTCHours(23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min: start.getTime(), max: end.getTime() }), fc.constantFrom(...STYLES), (ms, style) => {
        expect(formatEnglish(ms, style)).toBe(intl(ms, style));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes every month of a year in each style as Intl does (September is "Sept", as ICU writes it)', () => {
    for (let m = 0; m < 12; m++) for (const style of STYLES) expect(formatEnglish(Date.UTC(2022, m, 30, 23, 59), style)).toBe(intl(Date.UTC(2022, m, 30, 23, 59), style));
    expect(formatEnglish(Date.UTC(2022, 8, 6), 'dayShortMonth')).toBe('6 Sept');
  });

  it('leaves years before 1 and after 9999, and invalid instants, to Intl', () => {
    const bc = new Date(0);
    bc.setUTCFullYear(0, 5, 1);
    expect(formatEnglish(bc.getTime(), 'day')).toBeUndefined();
    expect(formatEnglish(Date.UTC(10000, 0, 1), 'year')).toBeUndefined();
    expect(formatEnglish(Number.NaN, 'day')).toBeUndefined();
  });

  it('an English page formats dates without setting up Intl (the date-fns reference still agrees)', async () => {
    vi.resetModules();
    const Real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Real>) {
      made++;
      return new Real(...args);
    } as unknown as typeof Real;
    try {
      const { formatUtc, formatEventDate, formatPublished, prepareFormatting } = await import('../../src/time/date-label');
      prepareFormatting();
      for (const style of STYLES) formatUtc(Date.UTC(2023, 8, 6), style);
      formatEventDate({ precision: 'approximate', start: '2022-09-01', end: '2022-09-30', label: 'in September 2022' });
      formatPublished('2022-11-19/2022-11-21');
      expect(made).toBe(0);
      // Outside the years 1 to 9999 it is Intl's text.
      const far = new Date(0);
      far.setUTCFullYear(0, 5, 1);
      expect(formatUtc(far.getTime(), 'year')).toBe(intl(far.getTime(), 'year'));
      expect(made).toBeGreaterThan(0);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
