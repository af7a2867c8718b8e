import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataError, validateTimelineText, type DataError } from '../../src/data/validate';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** 1-based line and column of `offset`, counted here rather than by the code under test. */
function lineColumn(text: string, offset: number) {
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where the key `"key"` first appears. */
const keyAt = (text: string, key: string) => lineColumn(text, text.indexOf(`"${key}"`));
/** Where the value of a key starts, after `"key": `. */
function valueFrom(text: string, keyOffset: number) {
  let i = text.indexOf(':', keyOffset) + 1;
  while (/\s/.test(text[i])) i++;
  return lineColumn(text, i);
}
/** Where the value of the key `"key"` first appears. */
const valueAt = (text: string, key: string) => valueFrom(text, text.indexOf(`"${key}"`));
/** Where the value of the key `"key"` last appears before `value`. */
const valueBefore = (text: string, key: string, value: string) => valueFrom(text, text.lastIndexOf(`"${key}"`, text.indexOf(value)));
/** Where the `n`th event object opens (0-based). */
function eventAt(text: string, n: number) {
  let at = text.indexOf('[', text.indexOf('"events"'));
  for (let i = 0; i <= n; i++) at = text.indexOf('\n    {', at + 1) + 5;
  return lineColumn(text, at);
}

/** Validates a fixture that must fail, returning its file name, text and errors. */
function broken(name: string): { file: string; text: string; errors: DataError[] } {
  const file = `test/fixtures/broken/${name}`;
  const text = read(file);
  const result = validateTimelineText(text, file);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error(`${file} validated`);
  for (const e of result.errors) expect(e.file).toBe(file);
  return { file, text, errors: result.errors };
}

describe('validateTimelineText', () => {
  it('validateTimelineText accepts the real data file', () => {
    const text = read('data/events.json');
    const result = validateTimelineText(text, 'data/events.json');
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    expect(result.data).toEqual(JSON.parse(text));
    expect(result.data.events.length).toBeGreaterThan(0);
  });

  it('validateTimelineText accepts the valid fixture the broken ones are made from', () => {
    expect(validateTimelineText(read('test/fixtures/valid.json'), 'test/fixtures/valid.json').ok).toBe(true);
  });

  it('validateTimelineText reports a missing required field at the object that lacks it', () => {
    const { text, errors } = broken('missing-required.json');
    expect(errors).toEqual([
      { ...eventAt(text, 0), file: 'test/fixtures/broken/missing-required.json', path: '$.events[0].summary', value: '', rule: 'required', message: 'is required but missing' },
    ]);
  });

  it('validateTimelineText reports a value of the wrong type', () => {
    const { file, text, errors } = broken('wrong-type.json');
    expect(errors).toEqual([{ file, ...valueAt(text, 'actors'), path: '$.events[0].actors', value: '"Iran"', rule: 'type', message: 'must be array' }]);
  });

  it('validateTimelineText reports an impossible date 2022-02-30', () => {
    const { file, text, errors } = broken('impossible-date.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, ...valueBefore(text, 'day', '"2022-02-30"'), path: '$.events[1].date.day', value: '"2022-02-30"', rule: 'calendar-date' });
  });

  it('validateTimelineText reports a duplicate id at the second event', () => {
    const { file, text, errors } = broken('duplicate-id.json');
    const second = text.indexOf('"first-event"', text.indexOf('"id": "first-event"', text.indexOf('"id": "first-event"') + 1));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, ...lineColumn(text, second), path: '$.events[1].id', value: '"first-event"', rule: 'unique-id' });
    expect(errors[0].message).toContain('$.events[0]');
  });

  it('validateTimelineText reports an unknown key at the key', () => {
    const { file, text, errors } = broken('unknown-key.json');
    expect(errors).toEqual([
      { file, ...keyAt(text, 'colour'), path: '$.events[0].colour', value: '"red"', rule: 'additionalProperties', message: 'is not a known field' },
    ]);
  });

  it('validateTimelineText reports a window whose end is before its start', () => {
    const { file, text, errors } = broken('end-before-start.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, ...valueAt(text, 'end'), path: '$.events[0].date.end', value: '"2022-11-01"', rule: 'date-order' });
  });

  it('validateTimelineText reports a javascript: source URL', () => {
    const { file, text, errors } = broken('bad-url.json');
    const where = { file, ...valueAt(text, 'url'), path: '$.events[0].sources[0].url', value: '"javascript:alert(1)"' };
    // One error, named for the rule a reader understands, not the schema's regular expression.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ...where, rule: 'http-url' });
    expect(errors[0].message).toMatch(/http\(s\)/);
  });

  it('validateTimelineText reports an event with no sources', () => {
    const { file, text, errors } = broken('no-sources.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, ...valueAt(text, 'sources'), path: '$.events[0].sources', value: '[]', rule: 'minItems' });
  });

  it('validateTimelineText reports a kind that is not one of the kinds, listing the allowed ones', () => {
    const { file, text, errors } = broken('bad-kind.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, ...valueAt(text, 'kind'), path: '$.events[0].kind', value: '"rumour"', rule: 'enum' });
    expect(errors[0].message).toContain('"delivery"');
  });

  it('validateTimelineText reports a trailing comma at the bracket after it', () => {
    const { file, text, errors } = broken('trailing-comma.json');
    const comma = text.search(/,\s*[\]}]/);
    const closing = text.slice(comma).search(/[\]}]/) + comma;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, ...lineColumn(text, closing), path: '$', value: '"]"', rule: 'json-syntax' });
  });

  it('validateTimelineText reports a truncated file at its end', () => {
    const { text, errors } = broken('truncated.json');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatchObject({ ...lineColumn(text, text.length), path: '$', rule: 'json-syntax' });
    expect(errors.map((e) => e.message).join(' ')).toMatch(/CloseBraceExpected/);
  });

  it('validateTimelineText lists every error in a file with several', () => {
    const { text, errors } = broken('several-errors.json');
    const summary = errors.map(({ path, rule, line, column }) => ({ path, rule, line, column }));
    expect(summary).toHaveLength(5);
    expect(summary).toEqual(
      expect.arrayContaining([
        { path: '$.events[0].summary', rule: 'required', ...eventAt(text, 0) },
        { path: '$.events[0].colour', rule: 'additionalProperties', ...keyAt(text, 'colour') },
        { path: '$.events[1].kind', rule: 'enum', ...valueBefore(text, 'kind', '"rumour"') },
        { path: '$.events[1].date.day', rule: 'calendar-date', ...valueBefore(text, 'day', '"2023-02-29"') },
        { path: '$.events[2].id', rule: 'unique-id', ...valueFrom(text, text.lastIndexOf('"id"')) },
      ]),
    );
  });

  it('validateTimelineText rejects an empty file', () => {
    const result = validateTimelineText('', 'empty.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.rule)).toContain('json-syntax');
  });

  it('validateTimelineText rejects a document with no events and no title', () => {
    const result = validateTimelineText('{"events": []}', 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.rule])).toEqual(
      expect.arrayContaining([
        ['$.title', 'required'],
        ['$.description', 'required'],
        ['$.events', 'minItems'],
      ]),
    );
  });

  it('validateTimelineText shortens long values', () => {
    const text = read('test/fixtures/valid.json').replace('"kind": "delivery"', `"kind": "${'x'.repeat(200)}"`);
    const result = validateTimelineText(text, 'long.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].value.length).toBe(80);
    expect(result.errors[0].value.endsWith('...')).toBe(true);
  });
});

describe('formatDataError', () => {
  const error: DataError = {
    file: 'data/events.json',
    line: 12,
    column: 17,
    path: '$.events[3].date.day',
    value: '"2022-02-30"',
    rule: 'calendar-date',
    message: 'is not a real calendar day',
  };

  it('formatDataError writes file:line:column, path, value, message and rule on one line', () => {
    expect(formatDataError(error)).toBe('data/events.json:12:17 $.events[3].date.day "2022-02-30" is not a real calendar day [calendar-date]');
  });

  it('formatDataError leaves out a missing position and an empty value', () => {
    expect(formatDataError({ ...error, line: undefined, column: undefined, value: '' })).toBe(
      'data/events.json $.events[3].date.day is not a real calendar day [calendar-date]',
    );
  });

  it('formatDataError of a real error names the fixture, line and column', () => {
    const { text, errors } = broken('impossible-date.json');
    const { line, column } = valueBefore(text, 'day', '"2022-02-30"');
    expect(formatDataError(errors[0])).toBe(
      `test/fixtures/broken/impossible-date.json:${line}:${column} $.events[1].date.day "2022-02-30" is not a real calendar day [calendar-date]`,
    );
  });
});

describe('validateTimelineText on files that used to crash or mislead', () => {
  const valid = read('test/fixtures/valid.json');

  it('validateTimelineText reports a number too large for a double as too large, at the number, not as "null must be number"', () => {
    const text = valid.replace(/"events": \[/, '"extra": 1e400, "events": [');
    const r = validateTimelineText(text, 'f.json');
    if (r.ok) throw new Error('validated');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ path: '$.extra', value: '1e400', rule: 'number-range' });
    expect(lineColumn(text, text.indexOf('1e400'))).toEqual({ line: r.errors[0].line, column: r.errors[0].column });
    expect(formatDataError(r.errors[0])).not.toMatch(/null/);
  });

  it('validateTimelineText refuses JSON nested 8,000 levels deep in one sentence, without a stack overflow', () => {
    const text = `{"events": ${'['.repeat(8000)}${']'.repeat(8000)}}`;
    const r = validateTimelineText(text, 'f.json');
    if (r.ok) throw new Error('validated');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].rule).toBe('json-depth');
    expect(formatDataError(r.errors[0])).toMatch(/^f\.json:1:\d+ \$ nests arrays and objects more than 64 levels deep/);
  });

  it('validateTimelineText reports 20,000 errors, each at its own line, in about one pass', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => `{"id":"e${i}","date":{"precision":"day","day":"2022-02-30"},"kind":"strike","title":"T","summary":"S","actors":[],"sources":[{"outlet":"O","headline":"H","published":"2022-01-01","article":"a.txt"}]}`);
    const text = `{"title":"T","description":"D","events":[\n${events.join(',\n')}\n]}`;
    const t = performance.now();
    const r = validateTimelineText(text, 'f.json');
    const ms = performance.now() - t;
    if (r.ok) throw new Error('validated');
    expect(r.errors).toHaveLength(20_000);
    expect(r.errors.map((e) => e.line)).toEqual(events.map((_, i) => i + 2));
    // Rescanning the file per error took minutes here; one pass takes well under a second.
    expect(ms).toBeLessThan(5000);
  });
});
