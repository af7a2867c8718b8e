import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/data/csv/read-sheet';
import { parseSheet } from '../../src/data/csv/sheet-text';
import { validateSheet } from '../../src/data/csv/validate-sheet';
import { sheetRows, writeSheet } from '../../src/data/csv/write-sheet';
import type { TimelineData, TimelineEvent } from '../../src/data/types';
import { formatDataError, validateTimelineText, type DataError } from '../../src/data/validate';
import { eventDate } from './arbitraries';
import { makeEvent } from './make-event';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** A CSV cell as the test writes it (independently of the writer): quoted when it must be. */
const cell = (v: string) => (/[",\n\r;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const HEADER = ['id', 'date', 'date label', 'kind', 'title', 'summary', 'actors', 'figures', 'source outlet', 'source headline', 'source published', 'source verified', 'source url', 'source article'];
const TIMELINE = ['(timeline)', '2026-11-30', '', '', 'My timeline', 'What it is about.', '', '', '', '', '', '', '', ''];
const ONE = ['one', '2022-10-06', '', 'report', 'First', 'It happened.', 'Iran; Russia', 'about 450 drones | in the shipment | CNN', 'Example News', 'Head', '2022-10-07', 'yes', 'https://example.org/a', 'one.txt'];
const ONE_MORE = ['one', '', '', '', '', '', '', '', 'Other News', 'Head 2', '2022-10', '', '', 'two.txt'];

/** A sheet from rows of cells, the header first; `edit` changes cells of a row by column name. */
function sheet(rows: string[][] = [HEADER, TIMELINE, ONE, ONE_MORE], sep = ',', eol = '\n'): string {
  return rows.map((r) => r.map(cell).join(sep)).join(eol) + eol;
}
const edit = (row: string[], changes: Record<string, string>) => row.map((v, i) => changes[HEADER[i]] ?? v);

function errorsOf(text: string | Uint8Array, file = 'story.csv'): DataError[] {
  const r = validateSheet(typeof text === 'string' ? utf8(text) : text, file);
  if (r.ok) throw new Error('the sheet validated');
  return r.errors;
}

describe('validateSheet reads a sheet as timeline data', () => {
  it('validateSheet reads events, the (timeline) row, lists and a further source row', () => {
    const r = validateSheet(utf8(sheet()), 'story.csv');
    expect(r).toEqual({
      ok: true,
      data: {
        title: 'My timeline',
        description: 'What it is about.',
        updated: '2026-11-30',
        events: [
          {
            id: 'one',
            date: { precision: 'day', day: '2022-10-06' },
            kind: 'report',
            title: 'First',
            summary: 'It happened.',
            actors: ['Iran', 'Russia'],
            figures: [{ value: 450, qualifier: 'about', unit: 'drones', counts: 'in the shipment', by: 'CNN' }],
            sources: [
              { outlet: 'Example News', headline: 'Head', published: '2022-10-07', url: 'https://example.org/a', verified: true, article: 'one.txt' },
              { outlet: 'Other News', headline: 'Head 2', published: '2022-10', article: 'two.txt' },
            ],
          },
        ],
      },
    });
  });

  it('validateSheet skips blank rows but counts them, as the spreadsheet numbers rows', () => {
    const blank = HEADER.map(() => '');
    const errors = errorsOf(sheet([HEADER, TIMELINE, blank, edit(ONE, { kind: 'rumour' })]));
    expect(errors.map((e) => e.cell)).toEqual([{ row: 4, column: 'kind' }]);
  });

  it.each([
    ['a UTF-8 byte order mark', (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)])],
    ['UTF-16 LE with a byte order mark (Excel "Unicode text")', (t: string) => utf16(t, true, true)],
    ['UTF-16 BE with a byte order mark', (t: string) => utf16(t, false, true)],
    ['UTF-16 LE without a byte order mark', (t: string) => utf16(t, true, false)],
  ])('validateSheet reads a sheet saved with %s', (_, encode) => {
    const text = sheet(undefined, '\t', '\r\n').replace('Head 2', 'Kyiv — Київ');
    const r = validateSheet(encode(text), 'story.txt');
    expect(r.ok && r.data.events[0].sources[1].headline).toBe('Kyiv — Київ');
  });

  it.each([
    ['CRLF line ends', sheet(undefined, ',', '\r\n')],
    ['semicolons (European Excel)', sheet(undefined, ';')],
    ['tabs (TSV)', sheet(undefined, '\t')],
  ])('validateSheet reads the same data from %s', (_, text) => {
    expect(validateSheet(utf8(text), 'story.csv')).toEqual(validateSheet(utf8(sheet()), 'story.csv'));
  });

  it('validateSheet reads a quote inside an unquoted cell as text, as spreadsheets do', () => {
    const text = sheet([HEADER, TIMELINE, ONE]).replace(',First,', ',A 5" gun,');
    const r = validateSheet(utf8(text), 'story.csv');
    expect(r.ok && r.data.events[0].title).toBe('A 5" gun');
  });

  it('validateSheet keeps commas, quotes and line breaks inside quoted cells', () => {
    const r = validateSheet(utf8(sheet([HEADER, TIMELINE, edit(ONE, { summary: 'One, "two";\nthree.' })])), 'story.csv');
    expect(r.ok && r.data.events[0].summary).toBe('One, "two";\nthree.');
  });
});

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (le ? 0 : 1)] = u & 0xff;
    out[i * 2 + (le ? 1 : 0)] = u >> 8;
  });
  return out;
}

describe('validateSheet errors speak the sheet’s language', () => {
  const one = (rows: string[][]) => {
    const errors = errorsOf(sheet(rows));
    expect(errors, errors.map(formatDataError).join('\n')).toHaveLength(1);
    return errors[0];
  };

  it('a day that does not exist: row, column `date`, the value and the rule', () => {
    const e = one([HEADER, TIMELINE, ONE, edit(ONE_MORE, {}), edit(ONE, { id: 'two', date: '2022-02-30' })]);
    expect(formatDataError(e)).toBe('story.csv row 5, column `date`: "2022-02-30" is not a real calendar day [calendar-date]');
  });

  it('a date in a form the sheet does not read names the forms it does', () => {
    const e = one([HEADER, TIMELINE, edit(ONE, { date: '06/10/2022' })]);
    expect(e).toMatchObject({ cell: { row: 3, column: 'date' }, rule: 'date-syntax', value: '"06/10/2022"' });
    expect(e.message).toContain('2022-10-06, 2022-10, 2022');
  });

  it('a window without its label points at column `date label`', () => {
    expect(one([HEADER, TIMELINE, edit(ONE, { date: '2022-11-01..2022-11-10' })])).toMatchObject({ cell: { row: 3, column: 'date label' }, rule: 'required' });
  });

  it('a window that ends before it starts points at column `date`', () => {
    expect(one([HEADER, TIMELINE, edit(ONE, { date: '2022-11-10..2022-11-01', 'date label': 'early November' })])).toMatchObject({ cell: { row: 3, column: 'date' }, rule: 'date-order' });
  });

  it('an unknown kind lists the kinds', () => {
    const e = one([HEADER, TIMELINE, edit(ONE, { kind: 'rumour' })]);
    expect(formatDataError(e)).toMatch(/^story\.csv row 3, column `kind`: "rumour" must be one of "delivery", .*"forecast" \[enum\]$/);
  });

  it('a missing column is named in the header row', () => {
    const drop = HEADER.indexOf('kind');
    const without = (r: string[]) => r.filter((_, i) => i !== drop);
    const errors = errorsOf(sheet([HEADER, TIMELINE, ONE].map(without)));
    expect(errors[0]).toMatchObject({ cell: { row: 1, column: 'kind' }, rule: 'missing-column' });
  });

  it('an unknown column is named, with the columns there are', () => {
    const e = one([[...HEADER, 'colour'], [...TIMELINE, ''], [...ONE, 'red']]);
    expect(e).toMatchObject({ cell: { row: 1, column: 'colour' }, rule: 'unknown-column' });
    expect(e.message).toContain('`source outlet`');
  });

  it('a value in a column with no header is refused', () => {
    expect(one([HEADER, TIMELINE, [...ONE, 'stray']])).toMatchObject({ cell: { row: 3, column: String(HEADER.length + 1) }, rule: 'unknown-column' });
  });

  it('a value under a blank header cell is refused too', () => {
    const blankHeader = [...HEADER, '', 'id2'].slice(0, HEADER.length + 1);
    expect(one([blankHeader, [...TIMELINE, ''], [...ONE, 'lost?']])).toMatchObject({ cell: { row: 3, column: String(HEADER.length + 1) }, rule: 'unknown-column' });
  });

  it('a second row with the same id that repeats event columns is a duplicate, naming the first row', () => {
    const e = one([HEADER, TIMELINE, ONE, edit(ONE, { title: 'Again' })]);
    expect(e).toMatchObject({ cell: { row: 4, column: 'id' }, rule: 'unique-id' });
    expect(e.message).toContain('row 3');
  });

  it('a figure not in the form names the line within the cell', () => {
    const e = one([HEADER, TIMELINE, edit(ONE, { figures: 'about 450 drones | shipped | CNN\nmany drones | shipped | CNN' })]);
    expect(formatDataError(e)).toMatch(/^story\.csv row 3, column `figures`, line 2: "many drones \| shipped \| CNN" is not in the form .* \[figure-syntax\]$/);
  });

  it('a schema error inside a list cell names its line too', () => {
    const e = one([HEADER, TIMELINE, edit(ONE, { figures: '4 people | killed | X\n5 people |  | Y' })]);
    expect(e).toMatchObject({ cell: { row: 3, column: 'figures', item: 2 }, path: '$.events[0].figures[1].counts' });
  });

  it('a bad yes/no, a bad link and an event without sources point at their source columns', () => {
    const errors = errorsOf(sheet([HEADER, TIMELINE, edit(ONE, { 'source verified': 'maybe' }), edit(ONE, { id: 'two', 'source url': 'javascript:alert(1)' }), edit(ONE, { id: 'three', 'source outlet': '', 'source headline': '', 'source published': '', 'source verified': '', 'source url': '', 'source article': '' })]));
    expect(errors.map((e) => [e.cell?.row, e.cell?.column, e.rule])).toEqual([
      [3, 'source verified', 'boolean-syntax'],
      [4, 'source url', 'http-url'],
      [5, 'source outlet', 'minItems'],
    ]);
  });

  it('a sheet without a (timeline) row is told to add one, once', () => {
    const errors = errorsOf(sheet([HEADER, ONE]));
    expect(errors.map((e) => e.rule)).toEqual(['timeline-row']);
  });

  it('every error is listed', () => {
    const errors = errorsOf(sheet([HEADER, TIMELINE, edit(ONE, { kind: 'rumour', date: '2022-13' }), edit(ONE, { id: 'Bad Id' })]));
    expect(errors.map((e) => `${e.cell?.row} ${e.cell?.column} ${e.rule}`).sort()).toEqual(['3 date calendar-date', '3 kind enum', '4 id pattern'].sort());
  });

  it('text that is not UTF-8 gets one sentence naming the line and what to do', () => {
    const latin1 = Uint8Array.from(sheet().replace('Head 2', 'Caf\u00e9'), (c) => c.charCodeAt(0));
    const errors = errorsOf(latin1);
    expect(errors).toHaveLength(1);
    expect(formatDataError(errors[0])).toMatch(/^story\.csv: line 4 is not UTF-8 \(byte 0xE9 .*\); save it as "CSV UTF-8" .* \[encoding\]$/);
  });

  it('broken UTF-16 (an odd number of bytes) gets one sentence saying how to save it', () => {
    const errors = errorsOf(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64]));
    expect(errors).toHaveLength(1);
    expect(formatDataError(errors[0])).toBe('story.csv: is not readable as UTF-16LE text; save it again as "CSV UTF-8" and build again [encoding]');
  });

  it('an unclosed quote gets one sentence naming the line', () => {
    const errors = errorsOf(`${sheet()}two,2022,,report,"Never closed,x\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'csv-syntax', message: expect.stringContaining('a quoted cell is never closed') });
  });

  it('an empty file is told where to start', () => {
    expect(errorsOf('\n\n')[0]).toMatchObject({ rule: 'csv-syntax', message: expect.stringContaining('template.csv') });
  });
});

describe('writeSheet and the sheets in data/', () => {
  const json = JSON.parse(read('data/events.json').toString('utf8')) as TimelineData;
  const { $schema: _, ...withoutSchema } = json;

  it('reading the written sheet of data/events.json gives back data/events.json (without $schema)', () => {
    expect(validateSheet(utf8(writeSheet(json)), 'events.csv')).toEqual({ ok: true, data: withoutSchema });
  });

  it('data/events.csv is the writer’s output for data/events.json (run `npx vitest run -u` after changing the data)', async () => {
    await expect(writeSheet(json)).toMatchFileSnapshot('../../data/events.csv');
  });

  it('data/events.csv has a row per event and per further source, and the events in the order of the JSON', () => {
    const rows = sheetRows(json);
    const sources = json.events.reduce((n, e) => n + e.sources.length, 0);
    expect(rows.length).toBe(1 + 1 + (json.texts?.length ?? 0) + sources);
    expect([...new Set(rows.slice(2 + (json.texts?.length ?? 0)).map((r) => r[0]))]).toEqual(json.events.map((e) => e.id));
  });

  it('data/template.csv builds as it is, uses every column, and marks its events as examples', () => {
    const bytes = read('data/template.csv');
    const r = validateSheet(bytes, 'data/template.csv');
    if (!r.ok) throw new Error(r.errors.map(formatDataError).join('\n'));
    const parsed = parseSheet(bytes.toString('utf8'), ',');
    if ('problem' in parsed) throw new Error(parsed.problem.message);
    const [header, ...rows] = parsed.rows;
    header.forEach((column, i) => expect(rows.some((row) => row[i]?.trim()), `column ${column} is used`).toBe(true));
    for (const e of r.data.events) expect(e.title.startsWith('EXAMPLE')).toBe(true);
    // The template's data is valid JSON data too: the same checks.
    expect(validateTimelineText(JSON.stringify(r.data), 'template.json').ok).toBe(true);
  });

  /** Text as editors type it: no padding at the ends (cells are trimmed), never empty. */
  const text = fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0);
  const source = fc.record(
    { outlet: text, headline: text, published: fc.constantFrom('2022-10-07', '2022-10', '2022', '2022-11-19/2022-11-21'), url: fc.constant('https://example.org/a?b=c,d'), verified: fc.boolean(), article: text, note: text, quote: fc.record({ text, by: text }) },
    { requiredKeys: ['outlet', 'headline', 'published', 'article'] },
  );
  const extras = fc.record(
    {
      kind: fc.constantFrom('delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast') as fc.Arbitrary<TimelineEvent['kind']>,
      importance: fc.integer({ min: 1, max: 5 }),
      title: text,
      summary: text,
      actors: fc.array(text, { maxLength: 3 }),
      claims: fc.array(fc.record({ by: text, stance: fc.constantFrom('asserts', 'denies') as fc.Arbitrary<'asserts'>, text }), { minLength: 1, maxLength: 2 }),
      disagreements: fc.array(fc.record({ about: fc.constantFrom('date', 'figure') as fc.Arbitrary<'date'>, note: text }), { minLength: 1, maxLength: 2 }),
      corrections: fc.array(fc.record({ date: fc.constant('2026-11-30'), change: text, reason: text }), { minLength: 1, maxLength: 2 }),
      sources: fc.array(source, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['kind', 'title', 'summary', 'actors', 'sources'] },
  );
  const data: fc.Arbitrary<TimelineData> = fc
    .record({ title: text, description: text, updated: fc.option(fc.constant('2026-11-30'), { nil: undefined }), events: fc.array(fc.tuple(eventDate, extras), { minLength: 1, maxLength: 8 }) })
    .map(({ title, description, updated, events }) => ({
      title,
      description,
      ...(updated && { updated }),
      events: events.map(([date, extra], i) => makeEvent(`e-${i}`, date, extra)),
    }));

  it('readSheet(parse(writeSheet(data))) gives back any data whose texts have no padding (property)', () => {
    fc.assert(
      fc.property(data, (d) => {
        const parsed = parseSheet(writeSheet(d), ',');
        if ('problem' in parsed) throw new Error(parsed.problem.message);
        const sheet = readSheet(parsed.rows);
        expect(sheet.problems).toEqual([]);
        expect(sheet.data).toEqual(JSON.parse(JSON.stringify(d)));
      }),
      { numRuns: 200 },
    );
  });
});
