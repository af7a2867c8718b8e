import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkCalendar, parseLink, parseLinkIn, type ParsedLink } from '../../src/url/view-request';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const fa = (search: string, ...fragments: string[]) => parseLinkIn('solar-hijri', search, ...fragments);
/** Latin digits as Persian (Extended Arabic-Indic) ones. */
const persianDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

/** A rejected link: nothing to show, and a notice that quotes the value as written. */
function rejected(parsed: ParsedLink, value: string): void {
  expect(parsed.request).toEqual({});
  expect(parsed.notice).toContain(`“${value}”`);
}

describe('?date= in Solar Hijri on the Persian edition', () => {
  it('linkCalendar reads Solar Hijri dates only in the Persian edition', () => {
    expect(linkCalendar('fa')).toBe('solar-hijri');
    for (const e of ['en', 'ru', 'uk'] as const) expect(linkCalendar(e)).toBe('gregorian');
  });

  it('parseLinkIn reads ?date=1401-07-25 as 25 Mehr 1401, 17 October 2022', () => {
    expect(fa('?date=1401-07-25')).toEqual({ request: { day: day(2022, 10, 17) } });
  });

  it('parseLinkIn reads the same date in Persian and in Arabic-Indic digits', () => {
    expect(fa(`?date=${encodeURIComponent('۱۴۰۱-۰۷-۲۵')}`)).toEqual({ request: { day: day(2022, 10, 17) } });
    expect(fa(`?date=${encodeURIComponent('١٤٠١-٠٧-٢٥')}`)).toEqual({ request: { day: day(2022, 10, 17) } });
  });

  it('parseLinkIn reads a Solar Hijri month and year as the windows they cover', () => {
    // Mehr 1401: 23 September – 22 October 2022; the year 1401: Nowruz 2022 to Nowruz 2023.
    expect(fa('?date=1401-07').request.window).toEqual([day(2022, 9, 23), day(2022, 10, 23)]);
    expect(fa('?date=1401').request.window).toEqual([day(2022, 3, 21), day(2023, 3, 21)]);
  });

  it('parseLinkIn ends Esfand on the day before Nowruz, in a leap year and outside one', () => {
    // Esfand 1401 has 29 days (Nowruz 1402 is 21 March 2023); Esfand 1403 has 30 (Nowruz 1404 is 21 March 2025).
    expect(fa('?date=1401-12').request.window).toEqual([day(2023, 2, 20), day(2023, 3, 21)]);
    expect(fa('?date=1401-12-29').request.day).toBe(day(2023, 3, 20));
    expect(fa('?date=1402-01-01').request.day).toBe(day(2023, 3, 21));
    expect(fa('?date=1403-12-30').request.day).toBe(day(2025, 3, 20));
    expect(fa('?date=1403-01-01').request.day).toBe(day(2024, 3, 20));
  });

  it.each([
    ['1401-12-30', '30 Esfand outside a leap year'],
    ['1402-12-30', '30 Esfand outside a leap year'],
    ['1401-07-31', '31 Mehr (Mehr has 30 days)'],
    ['1401-07-32', 'day 32'],
    ['1401-07-00', 'day 0'],
    ['1401-13', 'month 13'],
    ['1401-00', 'month 0'],
    ['1401-7-25', 'a month without zero padding'],
    ['1250-01-01', 'a year before 1900'],
    ['1500', 'a year after 2100'],
    ['۱۴۰۱-۱۲-۳۰', '30 Esfand 1401 in Persian digits'],
  ])('parseLinkIn rejects ?date=%s (%s): the default view, with a notice', (value) => {
    rejected(fa(`?date=${encodeURIComponent(value)}`), value);
  });

  it('parseLinkIn keeps a Gregorian year (1700 on) Gregorian, in either digits', () => {
    expect(fa('?date=2022-10-06').request.day).toBe(day(2022, 10, 6));
    expect(fa(`?date=${encodeURIComponent(persianDigits('2022-10-06'))}`).request.day).toBe(day(2022, 10, 6));
    expect(fa('?date=2022-10').request.window).toEqual([day(2022, 10, 1), day(2022, 11, 1)]);
    rejected(fa('?date=2022-02-30'), '2022-02-30');
  });

  it('parseLinkIn reads Solar Hijri dates in #timeline= and in ?from=&to=', () => {
    expect(fa('', '#timeline=1401-07-25').request.day).toBe(day(2022, 10, 17));
    expect(fa('?from=1401-07&to=1401-08').request.window).toEqual([day(2022, 9, 23), day(2022, 11, 22)]);
  });

  it('parseLink (every other edition) reads the same digits as a Gregorian date, and refuses Persian digits', () => {
    expect(parseLink('?date=1401-07-25').request.day).toBe(new Date('1401-07-25T00:00:00Z').getTime());
    rejected(parseLink(`?date=${encodeURIComponent('۱۴۰۱-۰۷-۲۵')}`), '۱۴۰۱-۰۷-۲۵');
  });

  it('parseLinkIn reads every Solar Hijri day Intl writes, 1900–2100, back to that UTC day', () => {
    const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 3, 1) / 86_400_000, max: Date.UTC(2100, 1, 1) / 86_400_000 }), fc.boolean(), (n, persian) => {
        const t = n * 86_400_000;
        const p = Object.fromEntries(parts.formatToParts(t).map((x) => [x.type, x.value]));
        const text = `${p.year}-${p.month}-${p.day}`;
        expect(fa(`?date=${encodeURIComponent(persian ? persianDigits(text) : text)}`).request).toEqual({ day: t });
      }),
      { numRuns: 200 },
    );
  });
});
