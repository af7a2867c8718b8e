import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataFileError, dataFormat, dataPath, loadData } from '../../src/build/load-data';
import { formatDataError, validateTimelineText } from '../../src/data/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'test', 'fixtures', name);

describe('dataPath', () => {
  it('dataPath defaults to data/events.json under the root', () => {
    expect(dataPath(root, {})).toBe(join(root, 'data', 'events.json'));
  });

  it('dataPath honours TIMELINE_DATA, relative to the root', () => {
    expect(dataPath(root, { TIMELINE_DATA: 'test/fixtures/valid.json' })).toBe(fixture('valid.json'));
  });

  it('dataPath takes an absolute TIMELINE_DATA as it is', () => {
    expect(dataPath(root, { TIMELINE_DATA: fixture('valid.json') })).toBe(fixture('valid.json'));
  });

  it('dataPath ignores an empty TIMELINE_DATA', () => {
    expect(dataPath(root, { TIMELINE_DATA: '' })).toBe(join(root, 'data', 'events.json'));
  });
});

describe('loadData', () => {
  it('loadData returns the text and data of a valid file', () => {
    const file = dataPath(root, {});
    const { text, data } = loadData(file, root);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expect(data).toEqual(JSON.parse(text));
  });

  it('loadData throws a DataFileError whose message lists every error, with the file relative to the root', () => {
    const file = fixture('broken/several-errors.json');
    const expected = validateTimelineText(readFileSync(file, 'utf8'), 'test/fixtures/broken/several-errors.json');
    if (expected.ok) throw new Error('fixture validated');

    let thrown: unknown;
    try {
      loadData(file, root);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DataFileError);
    const err = thrown as DataFileError;
    expect(err.name).toBe('DataFileError');
    // The same errors, listed in the order they appear in the file.
    const byPosition = [...expected.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    expect(err.errors).toEqual(byPosition);
    expect(err.errors.length).toBeGreaterThan(1);
    const lines = err.message.split('\n');
    expect(lines[0]).toBe(`${expected.errors.length} errors in timeline data:`);
    expect(lines.slice(1)).toEqual(byPosition.map((e) => `  ${formatDataError(e)}`));
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}test\/fixtures\/broken\/several-errors\.json:\d+:\d+ /);
  });

  it('loadData says "1 error" for a single error', () => {
    expect(() => loadData(fixture('broken/bad-kind.json'), root)).toThrow(/^1 error in timeline data:\n {2}test\/fixtures\/broken\/bad-kind\.json:\d+:\d+ \$\.events\[0\]\.kind /);
  });

  it('loadData throws a DataFileError for a file it cannot read', () => {
    const missing = fixture('no-such-file.json');
    expect(() => loadData(missing, root)).toThrow(DataFileError);
    try {
      loadData(missing, root);
    } catch (e) {
      expect((e as DataFileError).errors).toEqual([expect.objectContaining({ file: 'test/fixtures/no-such-file.json', path: '$', rule: 'readable' })]);
    }
  });
});

describe('DataFileError', () => {
  const error = (i: number) => ({ file: 'f.json', line: i + 1, column: 1, path: '$', value: '', rule: 'r', message: `m${i}` });

  it('DataFileError prints the first 200 errors and the total', () => {
    const lines = new DataFileError(Array.from({ length: 1000 }, (_, i) => error(i))).message.split('\n');
    expect(lines[0]).toBe('1000 errors in timeline data:');
    expect(lines).toHaveLength(1 + 200 + 1);
    expect(lines[200]).toMatch(/ m199 \[r\]$/);
    expect(lines[201]).toBe('  … and 800 more (1,000 in all; the first 200 are shown)');
  });

  it('DataFileError keeps every error for tools, printed or not', () => {
    expect(new DataFileError(Array.from({ length: 300 }, (_, i) => error(i))).errors).toHaveLength(300);
  });
});

describe('loadData of a sheet', () => {
  const json = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _, ...withoutSchema } = json;

  it('loadData reads data/events.csv as the data of data/events.json, and gives its JSON text as the JSON file writes it', () => {
    const { text, data } = loadData(join(root, 'data/events.csv'), root);
    expect(data).toEqual(withoutSchema);
    expect(text).toBe(`${JSON.stringify(withoutSchema, null, 2)}\n`);
  });

  it('dataFormat goes by the file name, else sniffs JSON from a sheet', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(dataFormat('story.csv', bytes('{'))).toBe('sheet');
    expect(dataFormat('story.TSV', bytes('{'))).toBe('sheet');
    expect(dataFormat('story.json', bytes('id,date'))).toBe('json');
    expect(dataFormat('story', bytes('\ufeff  {"events": []}'))).toBe('json');
    expect(dataFormat('story', bytes('id\tdate\n'))).toBe('sheet');
  });

  it('loadData of a broken sheet throws a DataFileError listing each error by row and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
    const file = join(dir, 'story.csv');
    const csv = readFileSync(join(root, 'data/template.csv'), 'utf8').replace('example-window,2022-11-01..2022-11-10', 'example-window,2022-11-31..2022-11-10').replace(',forecast,', ',rumour,');
    writeFileSync(file, csv);
    let thrown: unknown;
    try {
      loadData(file, dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DataFileError);
    expect((thrown as DataFileError).message.split('\n').slice(1)).toEqual([
      '  story.csv row 6, column `date`: "2022-11-31" is not a real calendar day [calendar-date]',
      expect.stringMatching(/^ {2}story\.csv row 7, column `kind`: "rumour" must be one of "delivery", .* \[enum\]$/),
    ]);
  });
});
