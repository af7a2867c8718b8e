import { afterEach, describe, expect, it } from 'vitest';
import { dateEdition, formatEventDate, formatPublished, formatUtc, recordFormatted, rememberFormatted, useDateEdition } from '../../src/time/date-label';

const OCT_6 = Date.UTC(2022, 9, 6);
/** Persian (Extended Arabic-Indic) digits and Latin ones. */
const PERSIAN_DIGIT = /[\u06f0-\u06f9]/;
const LATIN_DIGIT = /[0-9]/;

afterEach(() => useDateEdition('en'));

describe('useDateEdition', () => {
  it('useDateEdition starts in English and writes English exactly as before', () => {
    expect(dateEdition()).toBe('en');
    expect(formatUtc(OCT_6, 'day')).toBe('6 October 2022');
    expect(formatEventDate({ precision: 'month', month: '2022-08' })).toBe('August 2022');
  });

  it('useDateEdition fa writes Solar Hijri dates in Persian digits: 6 October 2022 is 14 Mehr 1401', () => {
    useDateEdition('fa');
    expect(formatUtc(OCT_6, 'day')).toBe('۱۴ مهر ۱۴۰۱');
    expect(formatUtc(OCT_6, 'year')).toBe('۱۴۰۱');
    expect(formatUtc(OCT_6, 'dayOfMonth')).toBe('۱۴');
    // The month before the year, as Iranian papers write it (ICU alone writes the year first).
    expect(formatUtc(OCT_6, 'month')).toBe('مهر ۱۴۰۱');
    expect(formatUtc(OCT_6, 'shortMonthYear')).toBe('مهر ۱۴۰۱');
  });

  it('useDateEdition fa: the Solar Hijri year turns at Nowruz, 21 March 2023, not on 1 January', () => {
    useDateEdition('fa');
    expect(formatUtc(Date.UTC(2023, 2, 20), 'day')).toBe('۲۹ اسفند ۱۴۰۱');
    expect(formatUtc(Date.UTC(2023, 2, 21), 'day')).toBe('۱ فروردین ۱۴۰۲');
    expect(formatUtc(Date.UTC(2023, 0, 1), 'year')).toBe('۱۴۰۱');
  });

  it('useDateEdition fa gives an event date in both calendars, Solar Hijri first', () => {
    useDateEdition('fa');
    const text = formatEventDate({ precision: 'day', day: '2022-02-24' });
    expect(text.startsWith('۵ اسفند ۱۴۰۰')).toBe(true);
    expect(text).toContain('۲۰۲۲');
    expect(text).not.toMatch(LATIN_DIGIT);
  });

  it("useDateEdition fa never shows the data's English label; the edition's label stands in when given", () => {
    useDateEdition('fa');
    const date = { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' } as const;
    expect(formatEventDate(date)).not.toContain('November');
    expect(formatEventDate(date, 'اوایل نوامبر ۲۰۲۲').startsWith('اوایل نوامبر ۲۰۲۲')).toBe(true);
  });

  it('useDateEdition ru and uk write Gregorian dates with their month names', () => {
    useDateEdition('ru');
    expect(formatUtc(OCT_6, 'day')).toBe('6 октября 2022 г.');
    expect(formatEventDate({ precision: 'by', by: '2022-12-31' })).toContain('31 декабря 2022');
    useDateEdition('uk');
    expect(formatUtc(OCT_6, 'day')).toBe('6 жовтня 2022 р.');
    expect(formatEventDate({ precision: 'day', day: '2022-10-06' })).toBe('6 жовтня 2022 р.');
  });

  it('useDateEdition switches back to English with nothing of the other edition left over', () => {
    useDateEdition('fa');
    formatUtc(OCT_6, 'day');
    useDateEdition('en');
    expect(formatUtc(OCT_6, 'day')).toBe('6 October 2022');
  });

  it('formatPublished follows the edition for a day, a month, a year and a window', () => {
    useDateEdition('fa');
    for (const text of ['2022-10-18', '2022-10', '2022', '2022-11-19/2022-11-21']) {
      const out = formatPublished(text);
      expect(out).toMatch(PERSIAN_DIGIT);
      expect(out).not.toMatch(LATIN_DIGIT);
    }
    expect(formatPublished('2022-11-19/2022-11-21')).toBe('۲۸ آبان ۱۴۰۱ – ۳۰ آبان ۱۴۰۱');
    useDateEdition('ru');
    expect(formatPublished('2022-10')).toBe('октябрь 2022 г.');
  });

  it('recordFormatted keeps English keys as they were and gives other editions keys of their own', () => {
    const en = recordFormatted(() => formatUtc(OCT_6, 'day'));
    expect(en).toEqual([[`day${OCT_6}`, '6 October 2022']]);
    useDateEdition('fa');
    const fa = recordFormatted(() => formatUtc(OCT_6, 'day'));
    expect(fa).toHaveLength(1);
    expect(fa[0][0]).not.toBe(en[0][0]);
    // A Persian page takes over the Persian dates its build wrote; an English one would not see them.
    rememberFormatted([[fa[0][0], 'FROM THE BUILD']]);
    expect(formatUtc(OCT_6, 'day')).toBe('FROM THE BUILD');
    useDateEdition('en');
    expect(formatUtc(OCT_6, 'day')).toBe('6 October 2022');
  });
});
