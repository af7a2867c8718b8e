const skipSpace = (text: string, i: number) => {
  while (/[ \t\r\n]/.test(text[i] ?? '')) i++;
  return i;
};

/** The offset just after the JSON value (valid JSON) that starts at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    let j = i + 1;
    while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c !== '{' && c !== '[') {
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '"') j = valueEnd(text, j) - 1;
    else if (text[j] === '{' || text[j] === '[') depth++;
    else if ((text[j] === '}' || text[j] === ']') && --depth === 0) return j + 1;
  }
  return text.length;
}

/** After a value or key at `i`, the start of the next member, or the closing bracket. */
const nextMember = (text: string, i: number) => {
  const j = skipSpace(text, i);
  return text[j] === ',' ? skipSpace(text, j + 1) : j;
};

/**
 * Walks `path` down from the JSON value at `start` of a valid JSON text, without building a
 * tree: the offset of the value (or, with `at: 'key'`, of its property's key), else of the
 * nearest ancestor that exists.
 *
 * @example walkPath('{"a": [1, {"b": 2}]}', 0, ['a', 1, 'b'], 'value') // 16
 */
export function walkPath(text: string, start: number, path: (string | number)[], at: 'value' | 'key'): number {
  let i = skipSpace(text, start);
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let j = skipSpace(text, i + 1);
    if (text[i] === '{' && typeof seg === 'string') {
      while (text[j] === '"') {
        const keyEnd = valueEnd(text, j);
        const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
        if (JSON.parse(text.slice(j, keyEnd)) === seg) break;
        j = nextMember(text, valueEnd(text, value));
      }
      if (text[j] !== '"') return i;
      if (at === 'key' && depth === path.length - 1) return j;
      i = skipSpace(text, skipSpace(text, valueEnd(text, j)) + 1);
    } else if (text[i] === '[' && typeof seg === 'number') {
      for (let n = 0; n < seg && text[j] !== ']'; n++) j = nextMember(text, valueEnd(text, j));
      if (text[j] === ']') return i;
      i = j;
    } else return i;
  }
  return i;
}
