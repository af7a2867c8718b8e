import { findNodeAtLocation, type Node } from 'jsonc-parser';

/** A 1-based line and column in a text. */
export interface Position {
  line: number;
  column: number;
}

/** Turns a character offset into a 1-based line and column. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where a JSON path points in the source text: the value itself (or, with `at: 'key'`,
 * its property's key, for unknown keys), else the nearest ancestor that exists (a missing
 * property is reported at its parent object).
 */
export function locate(text: string, root: Node | undefined, path: (string | number)[], at: 'value' | 'key' = 'value'): Position | undefined {
  if (!root) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) {
      const target = at === 'key' && n === path.length && node.parent?.type === 'property' ? node.parent : node;
      return positionAt(text, target.offset);
    }
  }
  return undefined;
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
