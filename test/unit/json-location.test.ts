import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { jsonPath, locate, positionAt } from '../../src/data/json-location';

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

describe('locate', () => {
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
  const root = parseTree(text);
  const at = (needle: string, from = 0) => lineColumn(text, text.indexOf(needle, from));

  it('locate reports a missing property at its parent object', () => {
    expect(locate(text, root, ['events', 0, 'summary'])).toEqual(at('{', text.indexOf('"events"')));
    expect(at('{', text.indexOf('"events"')).line).toBe(3);
  });

  it('locate reports a missing nested property at the nearest ancestor that exists', () => {
    expect(locate(text, root, ['events', 0, 'date', 'day'])).toEqual(at('{', text.indexOf('"events"')));
  });

  it("locate with at: 'key' reports an unknown key at the key, not at its value", () => {
    expect(locate(text, root, ['events', 0, 'colour'], 'key')).toEqual(at('"colour"'));
  });

  it('locate reports a property at its value', () => {
    const key = text.indexOf('"day"');
    const value = text.indexOf('"', text.indexOf(':', key));
    expect(locate(text, root, ['events', 1, 'date', 'day'])).toEqual(at('"', value - 1));
    expect(at('"day"').line).toBe(7);
  });

  it('locate reports an array element at the element', () => {
    expect(locate(text, root, ['events', 1])).toEqual(at('{ "id": "b"'));
  });

  it('locate of the empty path is the start of the document', () => {
    expect(locate(text, root, [])).toEqual({ line: 1, column: 1 });
  });

  it('locate reports an element past the end of an array at the array', () => {
    expect(locate(text, root, ['events', 5, 'id'])).toEqual(at('['));
  });

  it('locate without a parse tree finds nothing', () => {
    expect(locate(text, undefined, ['events'])).toBeUndefined();
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
