import { describe, expect, it } from 'vitest';
import { jsonLocator, jsonPath, positionAt } from '../../src/data/json-location';
import { walkPath } from '../../src/data/json-walk';

/** The 1-based line and column of the first character at `offset`, counted independently of positionAt. */
function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('positionAt', () => {
  const text = 'ab\ncde\n\nf';

  it('positionAt of the first character is line 1, column 1', () => {
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
  });

  it('positionAt counts lines and columns from 1', () => {
    expect(positionAt(text, 1)).toEqual({ line: 1, column: 2 });
    expect(positionAt(text, 3)).toEqual({ line: 2, column: 1 });
    expect(positionAt(text, 5)).toEqual({ line: 2, column: 3 });
    expect(positionAt(text, 7)).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, 8)).toEqual({ line: 4, column: 1 });
  });

  it('positionAt puts a newline at the end of the line it ends', () => {
    expect(positionAt(text, 2)).toEqual({ line: 1, column: 3 });
  });

  it('positionAt of the end of the text is just after the last character', () => {
    expect(positionAt(text, text.length)).toEqual({ line: 4, column: 2 });
  });

  it('positionAt counts CRLF line endings as one line break', () => {
    expect(positionAt('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('jsonLocator', () => {
  const text = [
    '{',
    '  "events": [',
    '    {',
    '      "id": "a",',
    '      "colour": "red"',
    '    },',
    '    { "id": "b", "date": { "day": "2022-02-30" } }',
    '  ]',
    '}',
  ].join('\n');
  const locate = jsonLocator(text);
  const at = (needle: string, from = 0) => lineColumn(text, text.indexOf(needle, from));

  it('jsonLocator reports a missing property at its parent object', () => {
    expect(locate(['events', 0, 'summary'])).toEqual(at('{', text.indexOf('"events"')));
    expect(at('{', text.indexOf('"events"')).line).toBe(3);
  });

  it('jsonLocator reports a missing nested property at the nearest ancestor that exists', () => {
    expect(locate(['events', 0, 'date', 'day'])).toEqual(at('{', text.indexOf('"events"')));
  });

  it("jsonLocator with at: 'key' reports an unknown key at the key, not at its value", () => {
    expect(locate(['events', 0, 'colour'], 'key')).toEqual(at('"colour"'));
  });

  it('jsonLocator reports a property at its value', () => {
    const key = text.indexOf('"day"');
    const value = text.indexOf('"', text.indexOf(':', key));
    expect(locate(['events', 1, 'date', 'day'])).toEqual(at('"', value - 1));
    expect(at('"day"').line).toBe(7);
  });

  it('jsonLocator reports an array element at the element', () => {
    expect(locate(['events', 1])).toEqual(at('{ "id": "b"'));
  });

  it('jsonLocator of the empty path is the start of the document', () => {
    expect(locate([])).toEqual({ line: 1, column: 1 });
  });

  it('jsonLocator reports an element past the end of an array at the array', () => {
    expect(locate(['events', 5, 'id'])).toEqual(at('['));
  });

  it('jsonLocator of a text with no JSON value finds nothing', () => {
    expect(jsonLocator('   ')(['events'])).toBeUndefined();
  });

  it('jsonLocator finds top-level values and keys outside the events', () => {
    const t = '{\n  "title": "T",\n  "extra": 1,\n  "events": []\n}';
    const l = jsonLocator(t);
    expect(l(['title'])).toEqual({ line: 2, column: 12 });
    expect(l(['extra'], 'key')).toEqual({ line: 3, column: 3 });
    expect(l(['description'])).toEqual({ line: 1, column: 1 });
    expect(l(['events', 0])).toEqual({ line: 4, column: 13 });
  });
});

describe('jsonPath', () => {
  it('jsonPath writes names with dots and indices in brackets', () => {
    expect(jsonPath(['events', 3, 'date', 'day'])).toBe('$.events[3].date.day');
  });

  it('jsonPath of the empty path is the root', () => {
    expect(jsonPath([])).toBe('$');
  });

  it('jsonPath keeps $ and _ in plain names', () => {
    expect(jsonPath(['$schema'])).toBe('$.$schema');
    expect(jsonPath(['_a1'])).toBe('$._a1');
  });

  it('jsonPath quotes names that are not identifiers', () => {
    expect(jsonPath(['a b'])).toBe('$["a b"]');
    expect(jsonPath(['events', 0, 'x-y'])).toBe('$.events[0]["x-y"]');
    expect(jsonPath(['1st'])).toBe('$["1st"]');
    expect(jsonPath([''])).toBe('$[""]');
    expect(jsonPath(['a.b'])).toBe('$["a.b"]');
  });

  it('jsonPath escapes quotes and backslashes in quoted names', () => {
    expect(jsonPath(['say "hi"'])).toBe('$["say \\"hi\\""]');
    expect(jsonPath(['back\\slash'])).toBe('$["back\\\\slash"]');
  });

  it('jsonPath quotes a name that looks like an index, so it cannot be mistaken for one', () => {
    expect(jsonPath(['3'])).toBe('$["3"]');
    expect(jsonPath([3])).toBe('$[3]');
  });
});

describe('walkPath', () => {
  const text = '{"a": [1, {"b": 2, "c\\"d": "x,]}"}], "e": {}}';

  it('walkPath finds a value through objects and arrays', () => {
    expect(walkPath(text, 0, ['a', 1, 'b'], 'value')).toBe(text.indexOf('2'));
    expect(walkPath(text, 0, ['e'], 'value')).toBe(text.lastIndexOf('{'));
  });

  it('walkPath finds a key with escapes, past a string holding brackets and commas', () => {
    expect(walkPath(text, 0, ['a', 1, 'c"d'], 'key')).toBe(text.indexOf('"c\\"d"'));
    expect(walkPath(text, 0, ['e'], 'value')).toBe(text.indexOf('{}'));
  });

  it('walkPath stops at the nearest ancestor that exists', () => {
    expect(walkPath(text, 0, ['a', 5], 'value')).toBe(text.indexOf('['));
    expect(walkPath(text, 0, ['e', 'missing'], 'value')).toBe(text.indexOf('{}'));
    expect(walkPath(text, 0, ['a', 'not-an-index'], 'value')).toBe(text.indexOf('['));
  });
});
