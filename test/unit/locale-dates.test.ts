import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventDate, TimelineData } from '../../src/data/types';
import { formatEventDate } from '../../src/time/date-label';
import {
  EDITIONS,
  formatDayIn,
  formatEventDateBeside,
  formatEventDateIn,
  formatMonthYearIn,
  gregorianInPersian,
} from '../../src/time/locale-dates';
import { persianDate } from '../../src/time/persian-calendar';
import { dayIso, eventDate } from './arbitraries';

const data = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as TimelineData;

/** Every precision, including the ones the shared arbitrary leaves out. */
const anyDate: fc.Arbitrary<EventDate> = fc.oneof(
  eventDate,
  dayIso.map((d) => ({ precision: 'year' as const, year: d.slice(0, 4) })),
  fc.tuple(dayIso, dayIso).map(([by, from]) => ({ precision: 'by' as const, by, from })),
  fc.tuple(dayIso, fc.boolean(), fc.integer({ min: 1, max: 400 })).map(([before, open, n]) => ({
    precision: 'before' as const,
    before,
    label: 'before then',
    ...(open ? {} : { after: new Date(Date.parse(before) - n * 86_400_000).toISOString().slice(0, 10) }),
  })),
);

const LATIN_DIGIT = /[0-9]/;
const PERSIAN_DIGIT = /[۰-۹]/;
/** Arabic yeh, kaf and Arabic-Indic digits: Persian text must use ی, ک and ۰–۹ instead. */
const ARABIC_FORMS = /[\u064a\u0643\u0660-\u0669]/;

const d = {
  day: { precision: 'day', day: '2022-02-24' },
  month: { precision: 'month', month: '2022-08' },
  year: { precision: 'year', year: '2022' },
  window: { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' },
  crossMonth: { precision: 'approximate', start: '2022-10-31', end: '2022-11-01', label: '31 October–1 November 2022' },
  by: { precision: 'by', by: '2022-12-31' },
  byFrom: { precision: 'by', by: '2022-12-31', from: '2022-11-01' },
  before: { precision: 'before', before: '2022-02-28', label: 'before late February 2022' },
  beforeAfter: { precision: 'before', before: '2022-02-28', after: '2021-11-01', label: 'before late February 2022' },
} satisfies Record<string, EventDate>;

describe('formatEventDateIn, English', () => {
  it('formatEventDateIn(…, "en") writes what formatEventDate writes, for every precision', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(formatEventDateIn(date, 'en')).toBe(formatEventDate(date));
      }),
    );
    for (const e of data.events) expect(formatEventDateIn(e.date, 'en')).toBe(formatEventDate(e.date));
  });
});

describe('formatEventDateIn, Russian', () => {
  it('formatEventDateIn says each precision in Russian', () => {
    expect(formatEventDateIn(d.day, 'ru')).toBe('24 февраля 2022 г.');
    expect(formatEventDateIn(d.month, 'ru')).toBe('август 2022 г.');
    expect(formatEventDateIn(d.year, 'ru')).toBe('2022');
    expect(formatEventDateIn(d.window, 'ru')).toBe('с 1 по 10 ноября 2022 г.');
    expect(formatEventDateIn(d.crossMonth, 'ru')).toBe('с 31 октября по 1 ноября 2022 г.');
    expect(formatEventDateIn(d.by, 'ru')).toBe('не позднее 31 декабря 2022 г.');
    expect(formatEventDateIn(d.byFrom, 'ru')).toBe('не позднее 31 декабря 2022 г. (по ожиданиям на 1 ноября 2022 г.)');
    expect(formatEventDateIn(d.before, 'ru')).toBe('до 28 февраля 2022 г.');
    expect(formatEventDateIn(d.beforeAfter, 'ru')).toBe('с 1 ноября 2021 г. по 27 февраля 2022 г.');
  });

  it("formatEventDateIn uses the edition's own label of a window, never the English one", () => {
    expect(formatEventDateIn(d.window, 'ru', 'начало ноября 2022 г.')).toBe('начало ноября 2022 г. (с 1 по 10 ноября 2022 г.)');
    expect(formatEventDateIn(d.before, 'ru', 'до конца февраля 2022 г.')).toBe('до конца февраля 2022 г.');
    expect(formatEventDateIn(d.beforeAfter, 'ru', 'до конца февраля 2022 г.')).toBe('до конца февраля 2022 г. (с 1 ноября 2021 г. по 27 февраля 2022 г.)');
  });
});

describe('formatEventDateIn, Ukrainian', () => {
  it('formatEventDateIn says each precision in Ukrainian', () => {
    expect(formatEventDateIn(d.day, 'uk')).toBe('24 лютого 2022 р.');
    expect(formatEventDateIn(d.month, 'uk')).toBe('серпень 2022 р.');
    expect(formatEventDateIn(d.year, 'uk')).toBe('2022');
    expect(formatEventDateIn(d.window, 'uk')).toBe('з 1 по 10 листопада 2022 р.');
    expect(formatEventDateIn(d.crossMonth, 'uk')).toBe('з 31 жовтня по 1 листопада 2022 р.');
    expect(formatEventDateIn(d.by, 'uk')).toBe('не пізніше 31 грудня 2022 р.');
    expect(formatEventDateIn(d.byFrom, 'uk')).toBe('не пізніше 31 грудня 2022 р. (за очікуваннями на 1 листопада 2022 р.)');
    expect(formatEventDateIn(d.before, 'uk')).toBe('до 28 лютого 2022 р.');
    expect(formatEventDateIn(d.beforeAfter, 'uk')).toBe('з 1 листопада 2021 р. по 27 лютого 2022 р.');
  });
});

describe('formatEventDateIn, Persian (Solar Hijri)', () => {
  it('formatEventDateIn says each precision in Persian on the Solar Hijri calendar', () => {
    // 24 February 2022 is 5 Esfand 1400; 31 December 2022 is 10 Dey 1401.
    expect(formatEventDateIn(d.day, 'fa')).toBe('۵ اسفند ۱۴۰۰');
    // August 2022 runs from 10 Mordad to 9 Shahrivar 1401; the year 2022 from 11 Dey 1400 to 10 Dey 1401.
    expect(formatEventDateIn(d.month, 'fa')).toBe('بین ۱۰ مرداد و ۹ شهریور ۱۴۰۱');
    expect(formatEventDateIn(d.year, 'fa')).toBe('بین ۱۱ دی ۱۴۰۰ و ۱۰ دی ۱۴۰۱');
    expect(formatEventDateIn(d.window, 'fa')).toBe('بین ۱۰ و ۱۹ آبان ۱۴۰۱');
    expect(formatEventDateIn(d.by, 'fa')).toBe('تا ۱۰ دی ۱۴۰۱');
    expect(formatEventDateIn(d.byFrom, 'fa')).toBe('تا ۱۰ دی ۱۴۰۱ (بنا بر انتظارات در ۱۰ آبان ۱۴۰۱)');
    expect(formatEventDateIn(d.before, 'fa')).toBe('پیش از ۹ اسفند ۱۴۰۰');
    expect(formatEventDateIn(d.beforeAfter, 'fa')).toBe('بین ۱۰ آبان و ۸ اسفند ۱۴۰۰');
  });

  it('gregorianInPersian gives the Gregorian dates alone, in Persian script and digits', () => {
    expect(gregorianInPersian(d.day)).toBe('۲۴ فوریهٔ ۲۰۲۲');
    expect(gregorianInPersian(d.month)).toBe('اوت ۲۰۲۲');
    expect(gregorianInPersian(d.year)).toBe('۲۰۲۲');
    expect(gregorianInPersian(d.window)).toBe('بین ۱ و ۱۰ نوامبر ۲۰۲۲');
    expect(gregorianInPersian(d.byFrom)).toBe('تا ۳۱ دسامبر ۲۰۲۲');
    expect(gregorianInPersian(d.before)).toBe('پیش از ۲۸ فوریهٔ ۲۰۲۲');
    expect(gregorianInPersian(d.beforeAfter)).toBe('بین ۱ نوامبر ۲۰۲۱ و ۲۷ فوریهٔ ۲۰۲۲');
  });

  it("formatEventDateBeside gives a Persian label (the sources' Gregorian words) with the Solar Hijri days beside it", () => {
    expect(formatEventDateBeside(d.window, 'fa', 'اوایل نوامبر ۲۰۲۲')).toBe('اوایل نوامبر ۲۰۲۲ (بین ۱۰ و ۱۹ آبان ۱۴۰۱)');
    expect(formatEventDateBeside(d.before, 'fa', 'پیش از اواخر فوریهٔ ۲۰۲۲')).toBe('پیش از اواخر فوریهٔ ۲۰۲۲ (پیش از ۹ اسفند ۱۴۰۰)');
    expect(formatEventDateBeside(d.beforeAfter, 'fa', 'پیش از اواخر فوریهٔ ۲۰۲۲')).toBe('پیش از اواخر فوریهٔ ۲۰۲۲ (بین ۱۰ آبان و ۸ اسفند ۱۴۰۰)');
    // A label given for a date that has none in the data is not used (validation refuses it anyway).
    expect(formatEventDateBeside(d.day, 'fa', 'برچسب')).toBe('۵ اسفند ۱۴۰۰ (۲۴ فوریهٔ ۲۰۲۲)');
  });

  it('formatEventDateBeside puts the Gregorian date beside the Solar Hijri one in Persian only', () => {
    expect(formatEventDateBeside(d.day, 'fa')).toBe('۵ اسفند ۱۴۰۰ (۲۴ فوریهٔ ۲۰۲۲)');
    expect(formatEventDateBeside(d.day, 'ru')).toBe('24 февраля 2022 г.');
    expect(formatEventDateBeside(d.day, 'en')).toBe('24 February 2022');
  });

  it('formatDayIn reads a Solar Hijri day in UTC around Nowruz, whatever the local zone', () => {
    // At 23:59 UTC on 20 March 2023 it is already 1 Farvardin 1402 in Tehran; the UTC day is still 29 Esfand 1401.
    expect(formatDayIn(Date.UTC(2023, 2, 20, 23, 59), 'fa')).toBe('۲۹ اسفند ۱۴۰۱');
    expect(formatDayIn(Date.UTC(2023, 2, 21), 'fa')).toBe('۱ فروردین ۱۴۰۲');
    expect(formatDayIn(Date.UTC(2024, 2, 19, 23, 59), 'fa')).toBe('۲۹ اسفند ۱۴۰۲');
    expect(formatDayIn(Date.UTC(2025, 2, 20, 12), 'fa')).toBe('۳۰ اسفند ۱۴۰۳');
    expect(formatDayIn(Date.UTC(2022, 9, 16, 23, 59), 'ru')).toBe('16 октября 2022 г.');
    expect(formatDayIn(Date.UTC(2022, 9, 17, 0, 0), 'uk')).toBe('17 жовтня 2022 р.');
  });

  it('formatMonthYearIn names the Solar Hijri month before its year, as Iranian papers do', () => {
    expect(formatMonthYearIn(Date.UTC(2022, 1, 24), 'fa')).toBe('اسفند ۱۴۰۰');
    expect(formatMonthYearIn(Date.UTC(2023, 2, 21), 'fa')).toBe('فروردین ۱۴۰۲');
    expect(formatMonthYearIn(Date.UTC(2022, 1, 24), 'ru')).toBe('февраль 2022 г.');
    expect(formatMonthYearIn(Date.UTC(2022, 1, 24), 'en')).toBe('February 2022');
  });
});

describe('formatEventDateIn, every edition', () => {
  it('formatEventDateIn gives Persian digits and letters in Persian, Latin digits elsewhere, for every precision', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        for (const edition of EDITIONS) {
          const text = formatEventDateBeside(date, edition);
          expect(text).not.toMatch(/undefined|NaN|Invalid/);
          if (edition === 'fa') {
            expect(text).not.toMatch(LATIN_DIGIT);
            expect(text).not.toMatch(ARABIC_FORMS);
            expect(text).toMatch(PERSIAN_DIGIT);
          } else expect(text).not.toMatch(PERSIAN_DIGIT);
        }
      }),
    );
  });

  it('formatEventDateIn names the Solar Hijri day that persianDate finds, read back from its Persian digits', () => {
    const digits = (s: string) => Number(s.replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x06f0)));
    fc.assert(
      fc.property(dayIso, (day) => {
        const [dd, , yy] = formatEventDateIn({ precision: 'day', day }, 'fa').split(' ');
        const p = persianDate(Date.parse(`${day}T00:00:00Z`));
        expect([digits(dd), digits(yy)]).toEqual([p.day, p.year]);
      }),
    );
  });

  it('formatEventDateIn labels every event of the story in every edition', () => {
    for (const e of data.events) {
      for (const edition of EDITIONS) expect(formatEventDateBeside(e.date, edition).length).toBeGreaterThan(3);
    }
  });

  it('formatEventDateIn gives back a date it cannot read as written', () => {
    expect(formatEventDateIn({ precision: 'day', day: '2022-02-30' }, 'fa')).toBe('2022-02-30');
    expect(formatEventDateIn({ precision: 'month', month: '2022-13' }, 'ru')).toBe('2022-13');
  });
});

describe('formatter cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('formatEventDateIn makes no new Intl formatter once each edition has written a date of each precision', () => {
    const all = Object.values(d);
    for (const edition of EDITIONS) for (const date of all) formatEventDateBeside(date, edition);
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    fc.assert(fc.property(anyDate, (date) => EDITIONS.forEach((edition) => formatEventDateBeside(date, edition))), { numRuns: 50 });
    expect(made).not.toHaveBeenCalled();
  });
});
