import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/import/tl3-date';

/** A real calendar day in the supported years, as TimelineJS3 date parts (strings, not padded). */
const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => ({
  year: String(d.getUTCFullYear()),
  month: String(d.getUTCMonth() + 1),
  day: String(d.getUTCDate()),
  iso: d.toISOString().slice(0, 10),
}));

describe('readDates', () => {
  it('readDates keeps a year as a year, a month as a month, a day as a day', () => {
    expect(readDates({ year: '1978' })).toMatchObject({ ok: true, date: { precision: 'year', year: '1978' }, key: '1978' });
    expect(readDates({ year: 1943, month: 7, day: '' })).toMatchObject({ ok: true, date: { precision: 'month', month: '1943-07' } });
    expect(readDates({ year: '1963', month: '8', day: '9' })).toMatchObject({ ok: true, date: { precision: 'day', day: '1963-08-09' } });
  });

  it('readDates makes a start and an end an approximate window with a label', () => {
    const r = readDates({ year: '1956' }, { year: '1962' });
    expect(r).toMatchObject({ ok: true, date: { precision: 'approximate', start: '1956-01-01', end: '1962-12-31', label: '1956 – 1962' } });
    expect(readDates({ year: '1943', month: '7' }, { year: '1946' })).toMatchObject({ date: { start: '1943-07-01', end: '1946-12-31', label: 'July 1943 – 1946' } });
    expect(readDates({ year: '2003', month: '1', day: '10' }, { year: '2003', month: '1', day: '20' }, 'mid-January 2003')).toMatchObject({ date: { label: 'mid-January 2003' } });
  });

  it('readDates reports a display date it cannot keep, and a time of day', () => {
    const r = readDates({ year: '2000', month: '1', day: '5', hour: '6', minute: '45' }, undefined, 'Spring 2000');
    expect(r.ok && r.date).toEqual({ precision: 'day', day: '2000-01-05' });
    expect(r.notes.join('\n')).toMatch(/time of day \(hour 6, minute 45\)/);
    expect(r.notes.join('\n')).toMatch(/"Spring 2000" is not kept/);
  });

  it('readDates refuses years outside 1900–2100, unreal days and missing years, saying why', () => {
    expect(readDates({ year: '1815', month: '12', day: '10' })).toMatchObject({ ok: false, reason: expect.stringMatching(/1815 is outside the years.*1900–2100/) });
    expect(readDates({ year: '-13800000000' })).toMatchObject({ ok: false });
    expect(readDates({ year: '2007', month: '2', day: '30' })).toMatchObject({ ok: false, reason: expect.stringMatching(/2007-02-30 is not a real calendar day/) });
    expect(readDates({ month: '2' })).toMatchObject({ ok: false, reason: expect.stringMatching(/no year/) });
    expect(readDates(undefined)).toMatchObject({ ok: false, reason: 'it has no start date' });
    expect(readDates({ year: 'MMXII' })).toMatchObject({ ok: false, reason: expect.stringMatching(/not a whole number/) });
  });

  it('readDates leaves out an end before the start, and says so', () => {
    const r = readDates({ year: '2008', month: '6', day: '1' }, { year: '2008', month: '5', day: '1' });
    expect(r).toMatchObject({ ok: true, date: { precision: 'day', day: '2008-06-01' } });
    expect(r.notes.join('\n')).toMatch(/before the start/);
  });

  it('readDates keeps any real day exactly (property)', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(readDates({ year: d.year, month: d.month, day: d.day })).toMatchObject({ ok: true, date: { precision: 'day', day: d.iso }, notes: [] });
        expect(readDates({ year: d.year, month: d.month })).toMatchObject({ ok: true, date: { precision: 'month', month: d.iso.slice(0, 7) } });
        expect(readDates({ year: ` ${d.year} ` })).toMatchObject({ ok: true, date: { precision: 'year', year: d.iso.slice(0, 4) } });
      }),
    );
  });

  it('readDates gives a window that covers both ends, or one day when they are the same (property)', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [s, e] = a.iso <= b.iso ? [a, b] : [b, a];
        const r = readDates({ year: s.year, month: s.month, day: s.day }, { year: e.year, month: e.month, day: e.day });
        if (!r.ok) throw new Error(r.reason);
        if (s.iso === e.iso) expect(r.date).toEqual({ precision: 'day', day: s.iso });
        else expect(r.date).toMatchObject({ precision: 'approximate', start: s.iso, end: e.iso });
      }),
    );
  });
});
