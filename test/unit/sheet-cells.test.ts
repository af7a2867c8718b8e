import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateCell, writeDateCell } from '../../src/data/csv/date-cell';
import { escapeField, joinCell, splitCell } from '../../src/data/csv/escaped-list';
import { readClaims, readCorrections, readDisagreements, readFigures, writeFigures } from '../../src/data/csv/list-cells';
import { readCell, writeCell } from '../../src/data/csv/spreadsheet-cell';
import { columnNamed } from '../../src/data/csv/columns';
import { eventDate } from './arbitraries';

/** Text as editors type it: no padding, no line breaks at the ends, never empty. */
const text = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0);

describe('readDateCell', () => {
  it.each([
    ['2022-10-06', '', { precision: 'day', day: '2022-10-06' }],
    ['2022-10', '', { precision: 'month', month: '2022-10' }],
    ['2022', '', { precision: 'year', year: '2022' }],
    ['2022-11-01..2022-11-10', 'early November 2022', { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' }],
    [' 2022-11-01 .. 2022-11-10 ', 'early', { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early' }],
    ['by 2022-12-31', '', { precision: 'by', by: '2022-12-31' }],
    ['2022-10-01..by 2022-12-31', '', { precision: 'by', by: '2022-12-31', from: '2022-10-01' }],
    ['BY 2022-12-31 from 2022-10-01', '', { precision: 'by', by: '2022-12-31', from: '2022-10-01' }],
    ['before 2022-02-28', 'before late February 2022', { precision: 'before', before: '2022-02-28', label: 'before late February 2022' }],
    ['2021-11-01..before 2022-02-28', 'late', { precision: 'before', before: '2022-02-28', label: 'late', after: '2021-11-01' }],
    ['before 2022-02-28 after 2021-11-01', 'late', { precision: 'before', before: '2022-02-28', label: 'late', after: '2021-11-01' }],
  ])('readDateCell reads %j (label %j)', (cell, label, date) => {
    expect(readDateCell(cell, label)).toEqual({ date });
  });

  it('readDateCell leaves a missing window label for the schema to report', () => {
    expect(readDateCell('2022-11-01..2022-11-10', '')).toEqual({ date: { precision: 'approximate', start: '2022-11-01', end: '2022-11-10' } });
  });

  it.each(['06/10/2022', '6 October 2022', '2022-1-6', 'soon', '2022-11-01..', 'after 2022-01-01'])('readDateCell refuses %j with the forms it reads', (cell) => {
    const r = readDateCell(cell, '');
    expect(r).toMatchObject({ error: 'date-syntax' });
    expect('message' in r && r.message).toContain('2022-11-01..2022-11-10');
  });

  it('readDateCell refuses a label on a date that takes none', () => {
    expect(readDateCell('2022-10-06', 'Thursday')).toMatchObject({ error: 'date-label' });
  });

  it('writeDateCell then readDateCell gives back every date (property)', () => {
    const dates = fc.oneof(
      eventDate,
      fc.record({ precision: fc.constant('before' as const), before: fc.constant('2022-02-28'), label: text, after: fc.option(fc.constant('2021-11-01'), { nil: undefined }) }),
      fc.constant({ precision: 'year' as const, year: '2022' }),
      fc.constant({ precision: 'by' as const, by: '2022-12-31', from: '2022-11-01' }),
    );
    fc.assert(
      fc.property(dates, (date) => {
        const clean = JSON.parse(JSON.stringify(date));
        const cells = writeDateCell(clean);
        expect(readDateCell(cells.date, cells.label)).toEqual({ date: clean });
      }),
    );
  });
});

describe('list cells', () => {
  it('readFigures reads qualifiers, ranges and units of several words, one figure a line', () => {
    const items = readFigures('about 450 drones | in the last shipment | Western officials (CNN)\n\n300..700 km | range | The Defense Post\nmore than 1.5e3 Shahed-136 drones | shot down | Kyiv');
    expect(items).toEqual([
      { line: 1, value: { value: 450, qualifier: 'about', unit: 'drones', counts: 'in the last shipment', by: 'Western officials (CNN)' } },
      { line: 3, value: { value: 300, max: 700, unit: 'km', counts: 'range', by: 'The Defense Post' } },
      { line: 4, value: { value: 1500, qualifier: 'more than', unit: 'Shahed-136 drones', counts: 'shot down', by: 'Kyiv' } },
    ]);
  });

  it.each(['450 | drones | counts | by', 'some drones | counts | by', 'about 450 drones | counts', '450drones | counts | by'])('readFigures says %j is not a figure and names the form', (cell) => {
    expect(readFigures(cell)).toEqual([{ line: 1, text: expect.any(String), error: expect.stringContaining('what is counted | who gives it') }]);
  });

  it('readClaims, readDisagreements and readCorrections read their fields in order', () => {
    expect(readClaims('Kremlin | denies | No drones')).toEqual([{ line: 1, value: { by: 'Kremlin', stance: 'denies', text: 'No drones' } }]);
    expect(readDisagreements('date | Monday or Sunday')).toEqual([{ line: 1, value: { about: 'date', note: 'Monday or Sunday' } }]);
    expect(readCorrections('2026-11-30 | Date | Source says Monday')).toEqual([{ line: 1, value: { date: '2026-11-30', change: 'Date', reason: 'Source says Monday' } }]);
    expect(readClaims('Kremlin | No drones')[0]).toMatchObject({ error: expect.stringContaining('asserts, confirms') });
  });

  it('readFigures reads a unit with a line or paragraph separator inside (found by the property below, seed 110044228)', () => {
    expect(readFigures('0 !\u2028! | ! | !')).toEqual([{ line: 1, value: { value: 0, unit: '!\u2028!', counts: '!', by: '!' } }]);
  });

  it('writeFigures then readFigures gives back any figures (property)', () => {
    const figure = fc.record(
      {
        value: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e30, noNaN: true })),
        max: fc.double({ min: 0, max: 1e30, noNaN: true }),
        qualifier: fc.constantFrom('exactly', 'about', 'more than', 'at least', 'up to') as fc.Arbitrary<'about'>,
        unit: text.filter((s) => /^\D/.test(s) && !s.startsWith('..')),
        counts: text,
        by: text,
      },
      { requiredKeys: ['value', 'unit', 'counts', 'by'] },
    );
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 4 }), (figures) => {
        expect(readFigures(writeFigures(figures)).map((i) => ('value' in i ? i.value : i))).toEqual(figures);
      }),
    );
  });
});

describe('splitCell and joinCell', () => {
  it('splitCell keeps escaped separators, backslashes and line breaks in a field', () => {
    expect(splitCell('a \\| b | c\\\\ | d\\ne', '|')).toEqual([{ fields: ['a | b', 'c\\', 'd\ne'], line: 1 }]);
  });

  it('joinCell then splitCell gives back any fields (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.constantFrom('|', ';'), (items, sep) => {
        expect(splitCell(joinCell(items, sep), sep).map((i) => i.fields)).toEqual(items);
      }),
    );
  });

  it('escapeField escapes only what splitCell would read otherwise', () => {
    expect(escapeField('plain text, with commas', '|')).toBe('plain text, with commas');
  });
});

describe('readCell and writeCell', () => {
  it.each(['=HYPERLINK("https://evil.example")', '+1', '-2 km', '@SUM(A1)', "'=already guarded"])('writeCell guards %j against formulas and readCell gives it back', (value) => {
    expect(writeCell(value).startsWith("'")).toBe(true);
    expect(readCell(writeCell(value))).toBe(value);
  });

  it('readCell trims and keeps an ordinary apostrophe', () => {
    expect(readCell("  'twas said  ")).toBe("'twas said");
  });

  it('writeCell then readCell gives back any trimmed text (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(readCell(writeCell(s))).toBe(s);
      }),
    );
  });
});

describe('columnNamed', () => {
  it('columnNamed forgives case, spaces and underscores, and knows no other column', () => {
    expect(columnNamed(' Source_Outlet ')).toBe('source outlet');
    expect(columnNamed('DATE   LABEL')).toBe('date label');
    expect(columnNamed('colour')).toBeUndefined();
  });
});
