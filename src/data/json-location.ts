import { walkPath } from './json-walk';

/** A 1-based line and column in a text. */
export interface Position {
  line: number;
  column: number;
}

/** The offsets where each line starts, for the last text asked about (errors come in batches for one text). */
let lines: { text: string; starts: number[] } | undefined;

function lineStarts(text: string): number[] {
  if (lines?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lines = { text, starts };
  }
  return lines.starts;
}

/**
 * Turns a character offset into a 1-based line and column. The line starts are found once per
 * text and searched by bisection, so thousands of errors cost one pass over the file.
 */
export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  const at = Math.max(0, Math.min(offset, text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Where a path points: the value itself, else the nearest ancestor that exists; with 'key', an unknown key. */
export type Locator = (path: (string | number)[], at?: 'value' | 'key') => Position | undefined;

/**
 * Finds where JSON paths point in a valid JSON text: the value itself (or, with `at: 'key'`,
 * its property's key, for unknown keys), else the nearest ancestor that exists (a missing
 * property is reported at its parent object). One pass over the text finds the top level and
 * where each event starts; a path into an event is walked from there, without a parse tree, so
 * 100,000 errors cost about one pass, not 100,000.
 */
export function jsonLocator(text: string): Locator {
  let rootOffset = -1;
  const top = new Map<string, { key: number; value: number }>();
  const events: number[] = [];
  let depth = 0;
  let key = '';
  let expectKey = false;
  let inEvents = false;
  const begin = (offset: number) => {
    if (depth === 0) rootOffset = offset;
    if (depth === 1 && top.has(key)) top.get(key)!.value = offset;
    if (inEvents && depth === 2) events.push(offset);
  };
  // The text is valid JSON (it parsed), so a plain character scan is enough: strings are skipped
  // whole, and only the root object's keys are read.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (depth === 1 && expectKey) {
        top.set((key = JSON.parse(text.slice(i, j + 1)) as string), { key: i, value: i });
        expectKey = false;
      } else begin(i);
      i = j;
    } else if (c === 123 || c === 91) {
      begin(i);
      if (depth === 1 && c === 91 && key === 'events') inEvents = true;
      depth++;
      if (depth === 1) expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 1) inEvents = false;
    } else if (c === 44) {
      if (depth === 1) expectKey = true;
    } else if (c !== 58 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
      // A number, true, false or null.
      let j = i + 1;
      while (j < text.length && !/[\s,\]}]/.test(text[j])) j++;
      begin(i);
      i = j - 1;
    }
  }
  if (rootOffset < 0) return () => undefined;
  return (path, at = 'value') => {
    const [first, index] = path;
    const prop = typeof first === 'string' ? top.get(first) : undefined;
    let offset = rootOffset;
    if (prop) offset = at === 'key' && path.length === 1 ? prop.key : prop.value;
    if (first === 'events' && typeof index === 'number' && index < events.length && prop) {
      offset = walkPath(text, events[index], path.slice(2), at);
    }
    return positionAt(text, offset);
  };
}

/**
 * Writes a path as JSONPath, the form editors and error messages use.
 *
 * @example jsonPath(['events', 3, 'date', 'day']) // '$.events[3].date.day'
 */
export function jsonPath(path: (string | number)[]): string {
  return (
    '$' +
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`))
      .join('')
  );
}
